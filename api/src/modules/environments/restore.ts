// Revert support for environments (audit resource type `environment`, paths
// `projects/<p>/environments/<e>`). Restoring a snapshot sets the environment's name, color, protection
// and sort order; a null snapshot deletes it; restoring a deleted environment recreates it with an off
// configuration for every flag of the project (its former configurations and SDK keys are gone: they
// have their own audit entries, and SDK keys are never recreated because their secrets are not kept).
import { z } from 'zod';
import { ConflictError, NotFoundError } from '../../http/errors.ts';
import { authorize } from '../../http/permissions.ts';
import { findProject } from '../../http/scope.ts';
import type { Restorer } from '../audit/restorer.ts';
import { addEnvironment, toEnvironmentChanges } from './service.ts';
import { deleteEnvironment, findEnvironmentByKey, updateEnvironment } from './store.ts';
import { environmentView } from './view.ts';
import { announceEnvironment } from './versions.ts';

/** The fields of an Environment snapshot that a restore writes (the rest is derived). */
export const EnvironmentSnapshot = z.object({
  key: z.string(),
  name: z.string().min(1),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  protected: z.boolean(),
  sortOrder: z.number().int(),
});

function parsePath(resource: string): { projectKey: string; envKey: string } {
  const m = /^projects\/([^/]+)\/environments\/([^/]+)$/.exec(resource);
  if (!m) throw new NotFoundError(`"${resource}" is not an environment.`);
  return { projectKey: m[1]!, envKey: m[2]! };
}

export const environmentRestorer: Restorer = {
  async authorize(trx, principal, resource) {
    const { projectKey } = parsePath(resource);
    const project = await findProject(trx, principal.organizationId, projectKey);
    authorize(principal, 'project:admin', { projectId: project.id });
  },

  async current(trx, principal, resource) {
    const { projectKey, envKey } = parsePath(resource);
    const project = await findProject(trx, principal.organizationId, projectKey);
    const row = await findEnvironmentByKey(trx, project.id, envKey);
    return row ? environmentView(row) : null;
  },

  async restore({ trx }, principal, resource, snapshot) {
    const { projectKey, envKey } = parsePath(resource);
    const project = await findProject(trx, principal.organizationId, projectKey);
    authorize(principal, 'project:admin', { projectId: project.id });
    const existing = await findEnvironmentByKey(trx, project.id, envKey, { forUpdate: true });

    if (snapshot === null) {
      if (existing) await deleteEnvironment(trx, existing.id);
      return null;
    }
    const parsed = EnvironmentSnapshot.safeParse(snapshot);
    if (!parsed.success || parsed.data.key !== envKey) {
      throw new ConflictError(`The audit entry's snapshot of ${resource} cannot be restored.`);
    }
    const { name, color, sortOrder } = parsed.data;
    const input = { name, color, protected: parsed.data.protected, sortOrder };
    if (existing) {
      const updated = await updateEnvironment(trx, existing.id, toEnvironmentChanges(input));
      await announceEnvironment(trx, updated);
      return environmentView(updated);
    }
    return environmentView(await addEnvironment(trx, project, { key: envKey, ...input }));
  },
};
