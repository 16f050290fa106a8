// The rules of environments: creation (with a configuration for every flag), updates under If-Match,
// deletion, cloning and comparison. Every write runs in `mutate` with exactly one audit entry.
import type { Knex } from 'knex';
import type { Db } from '../../db/knex.ts';
import { mutate } from '../../db/unit-of-work.ts';
import { checkVersion } from '../../http/concurrency.ts';
import { originProblem } from '../../http/cors.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../http/errors.ts';
import type { Actor } from '../../http/principal.ts';
import type { EnvironmentRow } from './store.ts';
import { lockProjectById } from '../projects/store.ts';
import type { ProjectRow } from '../projects/store.ts';
import { defaultConfig } from '../flag-configs/store.ts';
import { compareConfigs } from './configs.ts';
import type { EnvironmentComparison } from './configs.ts';
import {
  configPairs,
  configsOf,
  deleteEnvironment,
  environmentStats,
  findEnvironmentByKey,
  insertConfigs,
  insertEnvironment,
  isUniqueViolation,
  listEnvironments,
  projectFlags,
  updateEnvironment,
} from './store.ts';
import type { EnvironmentChanges } from './store.ts';
import { announceEnvironment } from './versions.ts';
import { environmentPath, environmentView } from './view.ts';
import type { Environment } from './view.ts';

/** Default colors, picked by the new environment's position so neighbours look different. */
export const environmentPalette = [
  '#2e9e5b',
  '#d9a400',
  '#d43d3d',
  '#3b82f6',
  '#8b5cf6',
  '#0d9488',
  '#ea580c',
  '#64748b',
] as const;

export interface EnvironmentInput {
  key: string;
  name: string;
  color?: string | undefined;
  protected?: boolean | undefined;
  sortOrder?: number | undefined;
}

export interface EnvironmentUpdate {
  name?: string | undefined;
  color?: string | undefined;
  protected?: boolean | undefined;
  sortOrder?: number | undefined;
  allowedOrigins?: string[] | null | undefined;
}

type ProjectRef = Pick<ProjectRow, 'id' | 'key'>;

/**
 * Creates an environment inside the caller's transaction. Every flag of the project gets a
 * configuration there: a copy of its configuration in `copyFrom` (versions restart at 1), or, without
 * a source, an off configuration. Used by environment creation, cloning, project creation and revert.
 */
export async function addEnvironment(
  trx: Knex.Transaction,
  project: ProjectRef,
  input: EnvironmentInput,
  copyFrom?: EnvironmentRow,
): Promise<EnvironmentRow> {
  // FOR UPDATE on the project conflicts with the FOR KEY SHARE lock that inserting a flag takes on it
  // (the foreign key check), so a flag created concurrently either commits before we read the flags
  // (and gets its configuration here) or waits and then sees this environment (and configures it
  // itself): no flag is left without a configuration in the new environment.
  if (!(await lockProjectById(trx, project.id))) throw new NotFoundError(`No project "${project.key}".`);
  if (await findEnvironmentByKey(trx, project.id, input.key)) {
    throw new ConflictError(`Project "${project.key}" already has an environment "${input.key}".`);
  }
  const { count, maxSortOrder } = await environmentStats(trx, project.id);
  let row: EnvironmentRow;
  try {
    row = await insertEnvironment(trx, {
      project_id: project.id,
      key: input.key,
      name: input.name,
      color: input.color ?? environmentPalette[count % environmentPalette.length]!,
      protected: input.protected ?? false,
      sort_order: input.sortOrder ?? maxSortOrder + 1,
    });
  } catch (err) {
    // A concurrent request created the same key between our check and the insert.
    if (isUniqueViolation(err)) {
      throw new ConflictError(`Project "${project.key}" already has an environment "${input.key}".`);
    }
    throw err;
  }
  if (copyFrom) {
    await insertConfigs(trx, row.id, await configsOf(trx, copyFrom.id));
  } else {
    const flags = await projectFlags(trx, project.id);
    await insertConfigs(
      trx,
      row.id,
      flags.map((f) => ({ flag_id: f.id, config: defaultConfig(f.variations.length) })),
    );
  }
  return row;
}

/** Locks the environment for the rest of the transaction; 404 if it was deleted meanwhile. */
export async function lockEnvironment(
  trx: Knex.Transaction,
  project: ProjectRef,
  key: string,
): Promise<EnvironmentRow> {
  const row = await findEnvironmentByKey(trx, project.id, key, { forUpdate: true });
  if (!row) throw new NotFoundError(`No environment "${key}" in project "${project.key}".`);
  return row;
}

/** An environment's allowed origins, checked (exact origins only: a browser's Origin never has a path). */
export function normalizeAllowedOrigins(origins: readonly string[]): string[] {
  const issues = origins.flatMap((origin, i) => {
    const message = originProblem(origin);
    return message === undefined
      ? []
      : [{ path: `allowedOrigins/${i}`, message, rule: 'browser-origin' as const }];
  });
  if (issues.length > 0) throw new ValidationError(issues, issues[0]!.message);
  return [...new Set(origins)];
}

export function toEnvironmentChanges(update: EnvironmentUpdate): EnvironmentChanges {
  const changes: EnvironmentChanges = {};
  if (update.name !== undefined) changes.name = update.name;
  if (update.color !== undefined) changes.color = update.color;
  if (update.protected !== undefined) changes.protected = update.protected;
  if (update.sortOrder !== undefined) changes.sort_order = update.sortOrder;
  if (update.allowedOrigins !== undefined) {
    changes.allowed_origins =
      update.allowedOrigins === null ? null : normalizeAllowedOrigins(update.allowedOrigins);
  }
  return changes;
}

export function createEnvironmentService(db: Db) {
  return {
    async list(project: ProjectRow): Promise<Environment[]> {
      return (await listEnvironments(db, [project.id])).map(environmentView);
    },

    async create(actor: Actor, project: ProjectRow, input: EnvironmentInput): Promise<Environment> {
      return mutate(db, actor, async ({ trx, audit }) => {
        const after = environmentView(await addEnvironment(trx, project, input));
        await audit({
          action: 'environment.create',
          resourceType: 'environment',
          resource: environmentPath(project.key, input.key),
          before: null,
          after,
        });
        return after;
      });
    },

    async update(
      actor: Actor,
      project: ProjectRow,
      env: EnvironmentRow,
      ifMatch: number | undefined,
      update: EnvironmentUpdate,
    ): Promise<Environment> {
      return mutate(db, actor, async ({ trx, audit }) => {
        const current = await lockEnvironment(trx, project, env.key);
        checkVersion(ifMatch, current.version, `Environment "${env.key}"`);
        const updated = await updateEnvironment(trx, current.id, toEnvironmentChanges(update));
        await announceEnvironment(trx, updated);
        const after = environmentView(updated);
        await audit({
          action: 'environment.update',
          resourceType: 'environment',
          resource: environmentPath(project.key, env.key),
          before: environmentView(current),
          after,
        });
        return after;
      });
    },

    async remove(
      actor: Actor,
      project: ProjectRow,
      env: EnvironmentRow,
      ifMatch: number | undefined,
    ): Promise<void> {
      await mutate(db, actor, async ({ trx, audit }) => {
        const current = await lockEnvironment(trx, project, env.key);
        checkVersion(ifMatch, current.version, `Environment "${env.key}"`);
        await deleteEnvironment(trx, current.id);
        await audit({
          action: 'environment.delete',
          resourceType: 'environment',
          resource: environmentPath(project.key, env.key),
          before: environmentView(current),
          after: null,
        });
      });
    },

    async clone(
      actor: Actor,
      project: ProjectRow,
      source: EnvironmentRow,
      input: EnvironmentInput,
    ): Promise<Environment> {
      return mutate(db, actor, async ({ trx, audit }) => {
        // FOR SHARE holds off a concurrent delete of the source until the copy is made (a delete that
        // commits first makes this a 404): otherwise the delete could commit between this read and the
        // read of its configurations, leaving the clone without them. The project is locked first, as
        // addEnvironment and a project's deletion lock it before its environments, so the order is
        // the same everywhere; SHARE does not conflict with the key-share lock a flag creation takes.
        if (!(await lockProjectById(trx, project.id)))
          throw new NotFoundError(`No project "${project.key}".`);
        const from = await findEnvironmentByKey(trx, project.id, source.key, { forShare: true });
        if (!from) throw new NotFoundError(`No environment "${source.key}" in project "${project.key}".`);
        const after = environmentView(await addEnvironment(trx, project, input, from));
        await audit({
          action: 'environment.clone',
          resourceType: 'environment',
          resource: environmentPath(project.key, input.key),
          before: null,
          after,
          comment: `cloned from ${source.key}`,
        });
        return after;
      });
    },

    async compare(project: ProjectRow, env: EnvironmentRow, withKey: string): Promise<EnvironmentComparison> {
      const other = await findEnvironmentByKey(db, project.id, withKey);
      if (!other) throw new NotFoundError(`No environment "${withKey}" in project "${project.key}".`);
      const pairs = await configPairs(db, project.id, env.id, other.id);
      return compareConfigs(env.key, other.key, pairs);
    },
  };
}

export type EnvironmentService = ReturnType<typeof createEnvironmentService>;
