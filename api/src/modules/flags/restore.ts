// Revert support for flags and their configurations (the audit module owns the revert flow and writes its
// audit entry; these only authorize, read and rebuild). Snapshots are the API representations the audit
// entries hold: a Flag with `environments` for `flag`, a FlagEnvironment for `flag_config`.
//
// Choices: restoring a flag that exists restores its definition (metadata, variations, archived) and
// leaves configurations alone, as they have their own history. Recreating a deleted flag recreates its
// configuration in every environment that still exists (the default off configuration where the snapshot
// has none), each at its snapshot version + 1 so an old ETag cannot match; one that is on in a protected
// environment needs the project:admin permission there. Restoring a definition or deleting the flag is
// judged like the same write (environments/protection.ts): what a protected environment would serve
// differently needs the right to write there. A configuration cannot be deleted on its own, so a null
// `flag_config` snapshot is refused.
import type { Knex } from 'knex';
import { validateFlagDefinition } from '@ff/engine';
import type { UnitOfWork } from '../../db/unit-of-work.ts';
import { ConflictError, NotFoundError } from '../../http/errors.ts';
import { authorize } from '../../http/permissions.ts';
import type { Principal } from '../../http/principal.ts';
import { findEnvironment, findProject } from '../../http/scope.ts';
import type { ProjectRow } from '../projects/store.ts';
import type { Restorer } from '../audit/restorer.ts';
import { guardFlagChange } from '../environments/protection.ts';
import { guardRunningExperimentVariations } from '../experiments/flag-config.ts';
import { environmentRefs } from '../environments/store.ts';
import { bumpEnvironments } from '../environments/versions.ts';
import { createFlagConfigService, openConfig, saveConfig, validateFor } from '../flag-configs/service.ts';
import {
  checkConfig,
  describeUses,
  loadConfigContext,
  prerequisiteUses,
} from '../flag-configs/references.ts';
import * as configStore from '../flag-configs/store.ts';
import type { StoredConfig } from '../flag-configs/store.ts';
import { configOf } from '../flag-configs/views.ts';
import type { FlagEnvironment } from '../flag-configs/views.ts';
import { checkVariationsInUse, deleteUnreferenced, fullView } from './service.ts';
import * as store from './store.ts';
import type { FlagRow } from './store.ts';
import type { Flag } from './views.ts';

const pattern = /^projects\/([^/]+)\/flags\/([^/]+)(?:\/environments\/([^/]+))?$/;

function parse(resource: string, withEnvironment: boolean) {
  const m = pattern.exec(resource);
  if (!m || (m[3] !== undefined) !== withEnvironment)
    throw new NotFoundError(`No such resource: ${resource}.`);
  return { project: m[1]!, flag: m[2]!, environment: m[3] };
}

function conflict(what: string, issues: readonly { path: string; message: string }[]): ConflictError {
  const list = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  return new ConflictError(`${what} cannot be restored as it was: ${list}.`);
}

/** Rebuilds a deleted flag from its snapshot, configurations included. */
async function recreate(
  trx: Knex,
  principal: Principal,
  project: ProjectRow,
  snapshot: Flag,
): Promise<FlagRow> {
  const flag = await store.insertFlag(trx, {
    project_id: project.id,
    key: snapshot.key,
    name: snapshot.name,
    description: snapshot.description ?? '',
    kind: snapshot.kind,
    variations: snapshot.variations,
    tags: snapshot.tags ?? [],
    owner: snapshot.owner ?? null,
    temporary: snapshot.temporary ?? true,
    client_side: snapshot.clientSide ?? false,
    archived: snapshot.archived ?? false,
    version: (snapshot.version ?? 0) + 1,
  });
  const rows: { flag_id: string; environment_id: string; config: StoredConfig; version: number }[] = [];
  for (const env of await environmentRefs(trx, project.id)) {
    const saved = snapshot.environments?.[env.key];
    if (saved === undefined) {
      rows.push({
        flag_id: flag.id,
        environment_id: env.id,
        config: configStore.defaultConfig(flag.variations.length),
        version: 1,
      });
      continue;
    }
    if (saved.on && env.protected) {
      authorize(principal, 'flags:write', { projectId: project.id, protectedEnvironment: true });
    }
    const empty = configStore.defaultConfig(flag.variations.length);
    const ctx = await loadConfigContext(trx, project.id, env.id, flag, empty);
    const checked = checkConfig(configOf(saved), ctx);
    if (!checked.ok) throw conflict(`The configuration of "${flag.key}" in ${env.key}`, checked.issues);
    rows.push({
      flag_id: flag.id,
      environment_id: env.id,
      config: checked.value,
      version: (saved.version ?? 0) + 1,
    });
  }
  await configStore.insertConfigs(trx, rows);
  return flag;
}

/** Makes an existing flag's definition equal to the snapshot's. */
async function redefine(
  trx: Knex,
  principal: Principal,
  project: ProjectRow,
  flag: FlagRow,
  snapshot: Flag,
): Promise<FlagRow> {
  if (snapshot.kind !== flag.kind) {
    throw new ConflictError(
      `"${flag.key}" is now a ${flag.kind} flag; it cannot become a ${snapshot.kind} flag again.`,
    );
  }
  await checkVariationsInUse(trx, project.id, flag, snapshot.variations);
  await guardRunningExperimentVariations(trx, flag.id, flag, { variations: snapshot.variations });
  if (snapshot.archived && !flag.archived) {
    const live = (await prerequisiteUses(trx, project.id, flag.key)).filter((u) => !u.archived);
    if (live.length > 0) throw new ConflictError(`"${flag.key}" is a prerequisite of ${describeUses(live)}.`);
  }
  await guardFlagChange(trx, principal, project.id, flag, {
    key: flag.key,
    variations: snapshot.variations,
    client_side: snapshot.clientSide ?? flag.client_side,
    archived: snapshot.archived ?? flag.archived,
  });
  return store.updateFlag(
    trx,
    flag.id,
    {
      name: snapshot.name,
      description: snapshot.description,
      variations: snapshot.variations,
      tags: snapshot.tags,
      owner: snapshot.owner,
      temporary: snapshot.temporary,
      client_side: snapshot.clientSide,
      archived: snapshot.archived,
    },
    flag.version + 1,
  );
}

export const flagRestorer: Restorer = {
  async authorize(trx, principal, resource) {
    const { project } = parse(resource, false);
    const row = await findProject(trx, principal.organizationId, project);
    authorize(principal, 'flags:write', { projectId: row.id });
  },

  async current(trx, principal, resource) {
    const { project, flag } = parse(resource, false);
    const row = await findProject(trx, principal.organizationId, project);
    const found = await store.findFlag(trx, row.id, flag);
    return found ? fullView(trx, row.id, found) : null;
  },

  async restore(uow: UnitOfWork, principal, resource, snapshot) {
    const { trx } = uow;
    const keys = parse(resource, false);
    const project = await findProject(trx, principal.organizationId, keys.project);
    const existing = await store.findFlag(trx, project.id, keys.flag, 'update');
    if (snapshot === null || snapshot === undefined) {
      if (!existing) return null;
      await guardFlagChange(trx, principal, project.id, existing, null);
      await deleteUnreferenced(trx, project.id, existing);
      await bumpEnvironments(trx, project.id, { kind: 'flag', key: existing.key });
      return null;
    }
    const flag = snapshot as Flag;
    const def = validateFlagDefinition({ key: flag.key, kind: flag.kind, variations: flag.variations });
    if (!def.ok) throw conflict(`Flag "${keys.flag}"`, def.issues);
    if (flag.key !== keys.flag)
      throw new ConflictError(`The snapshot is of flag "${flag.key}", not "${keys.flag}".`);
    const row = existing
      ? await redefine(trx, principal, project, existing, flag)
      : await recreate(trx, principal, project, flag);
    await bumpEnvironments(trx, project.id, { kind: 'flag', key: row.key });
    return fullView(trx, project.id, row);
  },
};

export const flagConfigRestorer: Restorer = {
  async authorize(trx, principal, resource) {
    const keys = parse(resource, true);
    const project = await findProject(trx, principal.organizationId, keys.project);
    const env = await findEnvironment(trx, project, keys.environment!);
    authorize(principal, 'flags:write', { projectId: project.id, protectedEnvironment: env.protected });
  },

  async current(trx, principal, resource) {
    const keys = parse(resource, true);
    const project = await findProject(trx, principal.organizationId, keys.project);
    const env = await findEnvironment(trx, project, keys.environment!);
    const flag = await store.findFlag(trx, project.id, keys.flag);
    if (!flag) return null;
    return createFlagConfigService(trx).get(env, flag);
  },

  async restore(uow: UnitOfWork, principal, resource, snapshot) {
    const { trx } = uow;
    const keys = parse(resource, true);
    if (snapshot === null || snapshot === undefined) {
      throw new ConflictError('A flag configuration exists as long as its flag: revert the flag instead.');
    }
    const project = await findProject(trx, principal.organizationId, keys.project);
    const env = await findEnvironment(trx, project, keys.environment!);
    const open = await openConfig(trx, project, env, keys.flag, undefined);
    const checked = await validateFor(trx, project, open, configOf(snapshot as FlagEnvironment));
    if (!checked.ok) throw conflict(`The configuration of "${keys.flag}" in ${env.key}`, checked.issues);
    const { after } = await saveConfig(trx, project, env, open, checked.value);
    return after;
  },
};

/** The restorers of this module, by audit resource type. */
export const flagRestorers = { flag: flagRestorer, flag_config: flagConfigRestorer } as const;
