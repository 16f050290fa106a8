// Revert support for projects (audit resource type `project`, path `projects/<p>`). Restoring a
// snapshot of an existing project sets its name, description and event retention (its environments have their own
// entries); a null snapshot deletes it (org:admin); restoring a deleted project recreates it with the
// environments of the snapshot, each with no flags: the flags, segments and SDK keys that were deleted
// with it are not in the project's snapshot, and SDK key secrets are never kept.
import { z } from 'zod';
import { ConflictError, NotFoundError } from '../../http/errors.ts';
import { authorize } from '../../http/permissions.ts';
import type { Restorer } from '../audit/restorer.ts';
import { EnvironmentSnapshot } from '../environments/restore.ts';
import { addProject, loadProjectView, toProjectChanges } from './service.ts';
import { deleteProject, findProjectByKey, updateProject } from './store.ts';

const ProjectSnapshot = z.object({
  key: z.string(),
  name: z.string().min(1),
  description: z.string(),
  // Absent from snapshots written before the field existed: then left as it is.
  eventRetentionDays: z.number().int().min(1).nullable().optional(),
  environments: z.array(EnvironmentSnapshot).default([]),
});

function parsePath(resource: string): string {
  const m = /^projects\/([^/]+)$/.exec(resource);
  if (!m) throw new NotFoundError(`"${resource}" is not a project.`);
  return m[1]!;
}

export const projectRestorer: Restorer = {
  // Changing a project needs project:admin on it; creating or deleting one needs org:admin. Whether
  // the revert creates is known here (the project is gone); whether it deletes, only in `restore`.
  async authorize(trx, principal, resource) {
    const project = await findProjectByKey(trx, principal.organizationId, parsePath(resource));
    if (project) authorize(principal, 'project:admin', { projectId: project.id });
    else authorize(principal, 'org:admin');
  },

  async current(trx, principal, resource) {
    const project = await findProjectByKey(trx, principal.organizationId, parsePath(resource));
    return project ? loadProjectView(trx, project) : null;
  },

  async restore({ trx }, principal, resource, snapshot) {
    const key = parsePath(resource);
    const existing = await findProjectByKey(trx, principal.organizationId, key, { forUpdate: true });

    if (snapshot === null) {
      if (!existing) return null;
      authorize(principal, 'org:admin');
      await deleteProject(trx, existing.id);
      return null;
    }
    const parsed = ProjectSnapshot.safeParse(snapshot);
    if (!parsed.success || parsed.data.key !== key) {
      throw new ConflictError(`The audit entry's snapshot of ${resource} cannot be restored.`);
    }
    const { name, description, eventRetentionDays, environments } = parsed.data;
    if (existing) {
      authorize(principal, 'project:admin', { projectId: existing.id });
      return loadProjectView(
        trx,
        await updateProject(trx, existing.id, toProjectChanges({ name, description, eventRetentionDays })),
      );
    }
    authorize(principal, 'org:admin');
    const row = await addProject(trx, principal.organizationId, {
      key,
      name,
      description,
      eventRetentionDays,
      environments: environments.map((e) => ({
        key: e.key,
        name: e.name,
        color: e.color,
        protected: e.protected,
        sortOrder: e.sortOrder,
      })),
    });
    return loadProjectView(trx, row);
  },
};
