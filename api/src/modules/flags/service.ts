// Flags as a whole: their definition (metadata and variations) and lifecycle (create, archive, unarchive,
// delete). Per-environment configurations are flag-configs' business; this module creates them with the
// flag and checks them before variations go away. Every definition change alters what SDKs of every
// environment see, so it bumps all the project's environment versions.
import type { Knex } from 'knex';
import { KEY_PATTERN, validateFlagConfig, validateFlagDefinition } from '@ff/engine';
import { DEFAULT_BOOLEAN_VARIATIONS } from '@ff/engine/limits';
import type { components } from '../../generated/openapi.ts';
import type { Db } from '../../db/knex.ts';
import { mutate } from '../../db/unit-of-work.ts';
import type { UnitOfWork } from '../../db/unit-of-work.ts';
import { checkVersion } from '../../http/concurrency.ts';
import { breaking, ConflictError, NotFoundError, ValidationError } from '../../http/errors.ts';
import type { FieldIssue } from '../../http/errors.ts';
import { decodeCursor, pageOf } from '../../http/paging.ts';
import type { Page } from '../../http/paging.ts';
import type { Actor, Principal } from '../../http/principal.ts';
import type { ProjectRow } from '../projects/store.ts';
import { jsonEqual } from '../environments/configs.ts';
import { guardFlagChange } from '../environments/protection.ts';
import { guardRunningExperimentVariations } from '../experiments/flag-config.ts';
import { environmentRefs } from '../environments/store.ts';
import { bumpEnvironments } from '../environments/versions.ts';
import { describeUses, prerequisiteUses } from '../flag-configs/references.ts';
import * as configStore from '../flag-configs/store.ts';
import { environmentsView } from '../flag-configs/views.ts';
import type { FlagPatch, FlagRow, Variation } from './store.ts';
import * as store from './store.ts';
import { flagView } from './views.ts';
import type { Flag } from './views.ts';

type FlagCreate = components['schemas']['FlagCreate'];
type FlagUpdate = components['schemas']['FlagUpdate'];

export interface ListQuery {
  tag?: string | undefined;
  archived?: boolean | undefined;
  q?: string | undefined;
  /** Include every environment's configuration of each flag listed. */
  environments?: boolean | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

export const booleanVariations: Variation[] = DEFAULT_BOOLEAN_VARIATIONS.map((v) => ({ ...v }));

export function flagResource(project: string, flag: string): string {
  return `projects/${project}/flags/${flag}`;
}

const isKey = (v: unknown): v is string => typeof v === 'string' && KEY_PATTERN.test(v);

function definitionIssues(def: Record<string, unknown>): FieldIssue[] {
  const result = validateFlagDefinition(def);
  return result.ok
    ? []
    : result.issues.map((i) => ({ path: i.path === '' ? 'body' : `body.${i.path}`, message: i.message }));
}

/** The flag with every environment's configuration: what GET returns and what audit entries snapshot. */
export async function fullView(db: Knex, projectId: string, flag: FlagRow): Promise<Flag> {
  // Sequential: on a transaction both would share one connection.
  const environments = await environmentRefs(db, projectId);
  const configs = await configStore.configsOfFlag(db, flag.id);
  return flagView(flag, environmentsView(flag, environments, configs));
}

export async function flagOr404(
  db: Knex,
  project: ProjectRow,
  key: string,
  lock?: 'update',
): Promise<FlagRow> {
  const flag = await store.findFlag(db, project.id, key, lock);
  if (!flag) throw new NotFoundError(`No flag "${key}" in project "${project.key}".`);
  return flag;
}

/**
 * Refuses (409) variations that would leave a configuration pointing past the end of the list: this
 * flag's own configurations in every environment, and other flags' prerequisites on it.
 */
export async function checkVariationsInUse(
  trx: Knex,
  projectId: string,
  flag: FlagRow,
  variations: readonly Variation[],
): Promise<void> {
  if (variations.length >= flag.variations.length) return;
  const uses: string[] = [];
  for (const c of await configStore.configsOfFlag(trx, flag.id)) {
    const result = validateFlagConfig(c.config, { variations });
    if (!result.ok) uses.push(...result.issues.map((i) => `${c.environment_key}: ${i.path}`));
  }
  const prerequisites = await prerequisiteUses(trx, projectId, flag.key, variations.length);
  if (prerequisites.length > 0) uses.push(`prerequisite of ${describeUses(prerequisites)}`);
  if (uses.length > 0) {
    throw new ConflictError(
      `Variations ${variations.length}–${flag.variations.length - 1} of "${flag.key}" are in use (${uses.slice(0, 20).join('; ')}). Change those configurations first.`,
    );
  }
}

/** Deletes a flag unless another flag names it as a prerequisite (in any environment). */
export async function deleteUnreferenced(trx: Knex, projectId: string, flag: FlagRow): Promise<void> {
  const uses = await prerequisiteUses(trx, projectId, flag.key);
  if (uses.length > 0) {
    throw new ConflictError(
      `"${flag.key}" is a prerequisite of ${describeUses(uses)}; remove it there first.`,
    );
  }
  await store.deleteFlag(trx, flag.id);
}

/** Whether `patch` would leave `flag` as it is (every field it sets already has that value). */
function changesNothing(flag: FlagRow, patch: FlagPatch): boolean {
  return Object.entries(patch).every(
    ([field, value]) => value === undefined || jsonEqual(flag[field as keyof FlagPatch], value),
  );
}

/** A flag write's result: the flag after it, and whether anything was written. */
export interface FlagWrite {
  flag: Flag;
  changed: boolean;
}

export function createFlagService(db: Db) {
  // A metadata write: the flag locked, If-Match checked, `change` applied, environments bumped, audited.
  // A write that would set only what already is (an identical PATCH, archiving an archived flag) writes
  // nothing: no version, no bump, no audit entry.
  async function write(
    principal: Principal,
    actor: Actor,
    project: ProjectRow,
    key: string,
    ifMatch: number | undefined,
    verb: 'update' | 'archive' | 'unarchive',
    change: (uow: UnitOfWork, flag: FlagRow) => Promise<FlagPatch>,
    comment?: string,
  ): Promise<FlagWrite> {
    return mutate(db, actor, async (uow) => {
      // Not a reload of the request's scope.flag: the write's own read, locked, inside its transaction
      // (concurrent writers queue here; If-Match is checked against the version they left).
      const flag = await flagOr404(uow.trx, project, key, 'update');
      checkVersion(ifMatch, flag.version, `Flag "${key}"`);
      const before = await fullView(uow.trx, project.id, flag);
      const patch = await change(uow, flag);
      await guardFlagChange(uow.trx, principal, project.id, flag, {
        key: flag.key,
        variations: patch.variations ?? flag.variations,
        client_side: patch.client_side ?? flag.client_side,
        archived: patch.archived ?? flag.archived,
      });
      if (patch.variations !== undefined)
        await guardRunningExperimentVariations(uow.trx, flag.id, flag, { variations: patch.variations });
      if (changesNothing(flag, patch)) {
        uow.unchanged();
        return { flag: before, changed: false };
      }
      const updated = await store.updateFlag(uow.trx, flag.id, patch, flag.version + 1);
      await bumpEnvironments(uow.trx, project.id, { kind: 'flag', key: flag.key });
      const after = await fullView(uow.trx, project.id, updated);
      await uow.audit({
        action: `flag.${verb}`,
        resourceType: 'flag',
        resource: flagResource(project.key, key),
        before,
        after,
        comment,
      });
      return { flag: after, changed: true };
    });
  }

  return {
    async list(project: ProjectRow, query: ListQuery): Promise<Page<Flag>> {
      const limit = query.limit ?? 50;
      const after = decodeCursor(query.cursor, isKey);
      const rows = await store.listFlags(db, project.id, {
        tag: query.tag,
        archived: query.archived ?? false,
        q: query.q,
        after,
        limit,
      });
      if (!query.environments) {
        return pageOf(
          rows,
          limit,
          (r) => r.key,
          (r) => flagView(r),
        );
      }
      // Two queries for the whole page, not two per flag. Sequential: one connection may serve both.
      const environments = await environmentRefs(db, project.id);
      const configs = await configStore.configsOfFlags(
        db,
        rows.slice(0, limit).map((r) => r.id),
      );
      return pageOf(
        rows,
        limit,
        (r) => r.key,
        (r) => flagView(r, environmentsView(r, environments, configs.get(r.id) ?? [])),
      );
    },

    /** `flag` is the row the request resolved (scope.flag). */
    async get(project: ProjectRow, flag: FlagRow): Promise<Flag> {
      return fullView(db, project.id, flag);
    },

    async create(actor: Actor, project: ProjectRow, body: FlagCreate): Promise<Flag> {
      if (body.variations === undefined && body.kind !== 'boolean') {
        throw new ValidationError([
          { path: 'body.variations', message: `required for a ${body.kind} flag`, rule: 'flag-model' },
        ]);
      }
      const variations = body.variations ?? booleanVariations;
      const def = {
        key: body.key,
        name: body.name,
        description: body.description ?? '',
        kind: body.kind,
        variations,
        tags: body.tags ?? [],
        owner: body.owner ?? null,
        temporary: body.temporary ?? true,
        client_side: body.clientSide ?? false,
      };
      const issues = definitionIssues({
        key: def.key,
        name: def.name,
        description: def.description,
        kind: def.kind,
        variations,
        tags: def.tags,
        temporary: def.temporary,
        clientSide: def.client_side,
      });
      const on = body.defaults?.onVariation ?? 0;
      const off = body.defaults?.offVariation ?? variations.length - 1;
      for (const [name, index] of [
        ['onVariation', on],
        ['offVariation', off],
      ] as const) {
        if (index >= variations.length) {
          issues.push({
            path: `body.defaults.${name}`,
            message: `variation index ${index} is out of range (the flag has ${variations.length})`,
          });
        }
      }
      if (issues.length > 0) throw new ValidationError(breaking('flag-model', issues));

      return mutate(db, actor, async ({ trx, audit }) => {
        const existing = await store.findFlag(trx, project.id, body.key);
        if (existing) throw duplicate(body.key, existing.archived);
        const flag = await store.insertFlag(trx, { ...def, project_id: project.id }).catch((err: unknown) => {
          // Another request created the same key between our check and our insert.
          if ((err as { code?: string }).code === '23505') throw duplicate(body.key, false);
          throw err;
        });
        const environments = await environmentRefs(trx, project.id);
        const config = configStore.defaultConfig(variations.length, on, off);
        await configStore.insertConfigs(
          trx,
          environments.map((e) => ({ flag_id: flag.id, environment_id: e.id, config })),
        );
        await bumpEnvironments(trx, project.id, { kind: 'flag', key: flag.key });
        const after = await fullView(trx, project.id, flag);
        await audit({
          action: 'flag.create',
          resourceType: 'flag',
          resource: flagResource(project.key, flag.key),
          before: null,
          after,
        });
        return after;
      });
    },

    async update(
      principal: Principal,
      actor: Actor,
      project: ProjectRow,
      key: string,
      ifMatch: number | undefined,
      body: FlagUpdate,
    ): Promise<FlagWrite> {
      const { comment, clientSide, ...fields } = body;
      return write(
        principal,
        actor,
        project,
        key,
        ifMatch,
        'update',
        async ({ trx }, flag) => {
          const patch: FlagPatch = { ...fields };
          if (clientSide !== undefined) patch.client_side = clientSide;
          if (body.variations !== undefined) {
            const issues = definitionIssues({ key: flag.key, kind: flag.kind, variations: body.variations });
            if (issues.length > 0) throw new ValidationError(breaking('flag-model', issues));
            await checkVariationsInUse(trx, project.id, flag, body.variations);
          }
          return patch;
        },
        comment,
      );
    },

    async archive(
      principal: Principal,
      actor: Actor,
      project: ProjectRow,
      key: string,
      ifMatch: number | undefined,
    ): Promise<FlagWrite> {
      return write(principal, actor, project, key, ifMatch, 'archive', async ({ trx }, flag) => {
        // Archiving again changes nothing, so `write` records nothing.
        if (flag.archived) return { archived: true };
        const live = (await prerequisiteUses(trx, project.id, flag.key)).filter((u) => !u.archived);
        if (live.length > 0) {
          throw new ConflictError(
            `"${key}" is a prerequisite of ${describeUses(live)}; remove it there first.`,
          );
        }
        return { archived: true };
      });
    },

    async unarchive(
      principal: Principal,
      actor: Actor,
      project: ProjectRow,
      key: string,
      ifMatch: number | undefined,
    ): Promise<FlagWrite> {
      return write(principal, actor, project, key, ifMatch, 'unarchive', async () => ({ archived: false }));
    },

    async remove(
      principal: Principal,
      actor: Actor,
      project: ProjectRow,
      key: string,
      ifMatch: number | undefined,
    ): Promise<void> {
      await mutate(db, actor, async ({ trx, audit }) => {
        // Locked in the transaction, as in `write`: not a reload of scope.flag.
        const flag = await flagOr404(trx, project, key, 'update');
        checkVersion(ifMatch, flag.version, `Flag "${key}"`);
        if (!flag.archived) throw new ConflictError(`Archive "${key}" before deleting it.`);
        await guardFlagChange(trx, principal, project.id, flag, null);
        const before = await fullView(trx, project.id, flag);
        await deleteUnreferenced(trx, project.id, flag);
        await bumpEnvironments(trx, project.id, { kind: 'flag', key: flag.key });
        await audit({
          action: 'flag.delete',
          resourceType: 'flag',
          resource: flagResource(project.key, key),
          before,
          after: null,
        });
      });
    },
  };
}

function duplicate(key: string, archived: boolean): ConflictError {
  return new ConflictError(`A flag "${key}" already exists${archived ? ' (archived)' : ''}.`);
}
