// The rules of projects: unique keys within the organization, creation together with environments,
// updates and deletion under If-Match. Every write runs in `mutate` with exactly one audit entry.
import type { Knex } from 'knex';
import type { Db } from '../../db/knex.ts';
import { mutate } from '../../db/unit-of-work.ts';
import { checkVersion } from '../../http/concurrency.ts';
import { breaking, ConflictError, NotFoundError, ValidationError } from '../../http/errors.ts';
import type { FieldIssue } from '../../http/errors.ts';
import type { Actor } from '../../http/principal.ts';
import type { ProjectRow } from './store.ts';
import { addEnvironment } from '../environments/service.ts';
import type { EnvironmentInput } from '../environments/service.ts';
import { isUniqueViolation, listEnvironments } from '../environments/store.ts';
import { deleteProject, findProjectByKey, insertProject, listProjects, updateProject } from './store.ts';
import type { ProjectChanges } from './store.ts';
import { projectPath, projectView } from './view.ts';
import type { Project } from './view.ts';

export interface ProjectInput {
  key: string;
  name: string;
  description?: string | undefined;
  eventRetentionDays?: number | null | undefined;
  environments?: EnvironmentInput[] | undefined;
}

/** What PATCH may change (undefined: unchanged; a null retention: the server's default). */
export interface ProjectUpdateInput {
  name?: string | undefined;
  description?: string | undefined;
  eventRetentionDays?: number | null | undefined;
}

/** The project's API representation, read on `db` (or inside a transaction). */
export async function loadProjectView(db: Knex, row: ProjectRow): Promise<Project> {
  return projectView(row, await listEnvironments(db, [row.id]));
}

/** Locks the project for the rest of the transaction; 404 if it was deleted meanwhile. */
export async function lockProject(
  trx: Knex.Transaction,
  organizationId: string,
  key: string,
): Promise<ProjectRow> {
  const row = await findProjectByKey(trx, organizationId, key, { forUpdate: true });
  if (!row) throw new NotFoundError(`No project "${key}".`);
  return row;
}

function duplicateEnvironmentKeys(environments: readonly EnvironmentInput[]): FieldIssue[] {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  environments.forEach((env, i) => {
    if (seen.has(env.key)) {
      issues.push({ path: `body.environments[${i}].key`, message: `duplicate environment key "${env.key}"` });
    }
    seen.add(env.key);
  });
  return issues;
}

/**
 * Creates a project and its environments inside the caller's transaction (also used by revert to
 * recreate a deleted project).
 */
export async function addProject(
  trx: Knex.Transaction,
  organizationId: string,
  input: ProjectInput,
): Promise<ProjectRow> {
  const conflict = () => new ConflictError(`A project "${input.key}" already exists.`);
  if (await findProjectByKey(trx, organizationId, input.key)) throw conflict();
  let row: ProjectRow;
  try {
    row = await insertProject(trx, {
      organization_id: organizationId,
      key: input.key,
      name: input.name,
      description: input.description ?? '',
      event_retention_days: input.eventRetentionDays ?? null,
    });
  } catch (err) {
    // A concurrent request created the same key between our check and the insert.
    if (isUniqueViolation(err)) throw conflict();
    throw err;
  }
  for (const env of input.environments ?? []) await addEnvironment(trx, row, env);
  return row;
}

export function toProjectChanges(update: ProjectUpdateInput) {
  const changes: ProjectChanges = {};
  if (update.name !== undefined) changes.name = update.name;
  if (update.description !== undefined) changes.description = update.description;
  if (update.eventRetentionDays !== undefined) changes.event_retention_days = update.eventRetentionDays;
  return changes;
}

export function createProjectService(db: Db) {
  return {
    async list(organizationId: string): Promise<Project[]> {
      const projects = await listProjects(db, organizationId);
      const environments = await listEnvironments(
        db,
        projects.map((p) => p.id),
      );
      return projects.map((p) => projectView(p, environments));
    },

    get(project: ProjectRow): Promise<Project> {
      return loadProjectView(db, project);
    },

    async create(actor: Actor, input: ProjectInput): Promise<Project> {
      const issues = duplicateEnvironmentKeys(input.environments ?? []);
      if (issues.length > 0) throw new ValidationError(breaking('unique-keys', issues));
      return mutate(db, actor, async ({ trx, audit }) => {
        const after = await loadProjectView(trx, await addProject(trx, actor.organizationId, input));
        await audit({
          action: 'project.create',
          resourceType: 'project',
          resource: projectPath(input.key),
          before: null,
          after,
        });
        return after;
      });
    },

    async update(
      actor: Actor,
      project: ProjectRow,
      ifMatch: number | undefined,
      update: ProjectUpdateInput,
    ): Promise<Project> {
      return mutate(db, actor, async ({ trx, audit }) => {
        const current = await lockProject(trx, actor.organizationId, project.key);
        checkVersion(ifMatch, current.version, `Project "${project.key}"`);
        const before = await loadProjectView(trx, current);
        const after = await loadProjectView(
          trx,
          await updateProject(trx, current.id, toProjectChanges(update)),
        );
        await audit({
          action: 'project.update',
          resourceType: 'project',
          resource: projectPath(project.key),
          before,
          after,
        });
        return after;
      });
    },

    async remove(actor: Actor, project: ProjectRow, ifMatch: number | undefined): Promise<void> {
      await mutate(db, actor, async ({ trx, audit }) => {
        const current = await lockProject(trx, actor.organizationId, project.key);
        checkVersion(ifMatch, current.version, `Project "${project.key}"`);
        const before = await loadProjectView(trx, current);
        await deleteProject(trx, current.id);
        await audit({
          action: 'project.delete',
          resourceType: 'project',
          resource: projectPath(project.key),
          before,
          after: null,
        });
      });
    },
  };
}

export type ProjectService = ReturnType<typeof createProjectService>;
