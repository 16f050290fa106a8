// A flag's configuration in one environment: read, replace, change by semantic actions, copy between
// environments. Every write locks the configuration row, checks If-Match against its version, validates
// the new configuration with the engine (plus references and the prerequisite graph), stores it as
// version + 1, bumps the environment's version and records one audit entry, in one transaction. A write
// whose result configures the same as the current configuration writes nothing (same version, no bump,
// no audit entry) and says so (`changed: false`).
import type { Knex } from 'knex';
import type { Db } from '../../db/knex.ts';
import { mutate } from '../../db/unit-of-work.ts';
import type { UnitOfWork } from '../../db/unit-of-work.ts';
import { checkVersion } from '../../http/concurrency.ts';
import { breaking, NotFoundError, ValidationError } from '../../http/errors.ts';
import type { FieldIssue } from '../../http/errors.ts';
import { authorize } from '../../http/permissions.ts';
import type { Actor, Principal } from '../../http/principal.ts';
import { findEnvironment } from '../../http/scope.ts';
import type { EnvironmentRow } from '../environments/store.ts';
import type { ProjectRow } from '../projects/store.ts';
import { sameConfig } from '../environments/configs.ts';
import { bumpEnvironments } from '../environments/versions.ts';
import {
  checkConfig,
  completeConfigContext,
  loadReferences,
  lockPrerequisites,
  openConfigContext,
} from './references.ts';
import type { ConfigContext } from './references.ts';
import type { FlagRow } from '../flags/store.ts';
import { findFlag } from '../flags/store.ts';
import type { ConfigRow, StoredConfig } from './store.ts';
import { defaultConfig, findConfig, lockConfig, writeConfig } from './store.ts';
import { configOf, configView } from './views.ts';
import type { FlagEnvironment } from './views.ts';
import type { Action } from './actions.ts';
import { applyActions, issuePath } from './actions.ts';
import { guardRunningExperiment } from '../experiments/flag-config.ts';

type EnvRef = Pick<EnvironmentRow, 'id' | 'key' | 'protected'>;

export function configResource(project: string, flag: string, environment: string): string {
  return `projects/${project}/flags/${flag}/environments/${environment}`;
}

async function flagOr404(db: Knex, project: ProjectRow, key: string, lock?: 'share'): Promise<FlagRow> {
  const flag = await findFlag(db, project.id, key, lock);
  if (!flag) throw new NotFoundError(`No flag "${key}" in project "${project.key}".`);
  return flag;
}

/** The locked configuration a write starts from, with what validating its replacement needs. */
export interface OpenConfig {
  flag: FlagRow;
  row: ConfigRow;
  ctx: ConfigContext;
}

/**
 * Opens a configuration for writing: the flag locked for share (its variations cannot change under us),
 * the configuration row locked for update (concurrent writers queue here and each sees the previous
 * one's result), If-Match checked against the row's version.
 */
export async function openConfig(
  trx: Knex,
  project: ProjectRow,
  environment: EnvRef,
  flagKey: string,
  ifMatch: number | undefined,
): Promise<OpenConfig> {
  // Read again though the request resolved the flag: locked for share in this transaction, its variations
  // are the ones the new configuration is checked against until commit.
  const flag = await flagOr404(trx, project, flagKey, 'share');
  const row = await lockConfig(trx, flag, environment.id);
  checkVersion(ifMatch, row.version, `The configuration of "${flag.key}" in ${environment.key}`);
  const ctx = await openConfigContext(trx, project.id, environment.id, flag, row.config);
  return { flag, row, ctx };
}

/**
 * Validates `input` as the new configuration of an open one; issues come back with configuration-relative
 * paths for the caller to place in its request.
 */
export async function validateFor(
  trx: Knex,
  project: ProjectRow,
  open: OpenConfig,
  input: unknown,
): Promise<{ ok: true; value: StoredConfig } | { ok: false; issues: FieldIssue[] }> {
  const prerequisites = (input as { prerequisites?: unknown }).prerequisites;
  if (Array.isArray(prerequisites)) {
    const named = prerequisites.filter((p): p is { flag: string } => typeof p?.flag === 'string');
    await lockPrerequisites(trx, project.id, open.ctx, { prerequisites: named });
  }
  await completeConfigContext(trx, project.id, open.ctx, [input]);
  return checkConfig(input, open.ctx);
}

/** Stores `config` as the next version, bumps the environment; returns the before and after views. */
export async function saveConfig(
  trx: Knex.Transaction,
  project: ProjectRow,
  environment: EnvRef,
  open: OpenConfig,
  config: StoredConfig,
): Promise<{ before: FlagEnvironment; after: FlagEnvironment }> {
  const before = configView(open.flag.key, environment.key, open.row);
  const saved = await writeConfig(trx, open.flag.id, environment.id, config, open.row.version + 1);
  await bumpEnvironments(trx, project.id, { kind: 'flag', key: open.flag.key }, [environment.id]);
  return { before, after: configView(open.flag.key, environment.key, saved) };
}

/** A configuration write's result: the configuration after it, and whether anything was written. */
export interface ConfigWrite {
  config: FlagEnvironment;
  changed: boolean;
}

async function record(
  uow: UnitOfWork,
  verb: 'change' | 'replace' | 'copy',
  project: ProjectRow,
  environment: EnvRef,
  open: OpenConfig,
  config: StoredConfig,
  comment: string | undefined,
): Promise<ConfigWrite> {
  if (sameConfig(open.row.config, config)) {
    // Asked for what already is: a new version and an audit entry would record a change that did not
    // happen (and wake every SDK stream for nothing).
    uow.unchanged();
    return { config: configView(open.flag.key, environment.key, open.row), changed: false };
  }
  await guardRunningExperiment(uow.trx, open.flag.id, environment.id, open.row.config, config);
  const { before, after } = await saveConfig(uow.trx, project, environment, open, config);
  await uow.audit({
    action: `flag_config.${verb}`,
    resourceType: 'flag_config',
    resource: configResource(project.key, open.flag.key, environment.key),
    before,
    after,
    comment,
  });
  return { config: after, changed: true };
}

/**
 * The read-only fields of a FlagEnvironment sent back in a PUT body (as GET returned them) that disagree
 * with the request: `flag` and `environment` with the URL, `version` with If-Match. Absent ones agree.
 */
export function readOnlyContradictions(
  sent: { flag?: unknown; environment?: unknown; version?: unknown },
  request: { flag: string; environment: string; version: number | undefined },
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const field of ['flag', 'environment'] as const) {
    if (sent[field] !== undefined && sent[field] !== request[field]) {
      issues.push({
        path: `body.${field}`,
        message: `is "${String(sent[field])}" but the URL names ${field} "${request[field]}"; leave it out or send the one the URL names`,
        rule: 'read-only-fields',
      });
    }
  }
  if (sent.version !== undefined && request.version !== undefined && sent.version !== request.version) {
    issues.push({
      path: 'body.version',
      message: `is ${String(sent.version)} but If-Match names version ${request.version}; send the version you read in both, or leave it out`,
      rule: 'read-only-fields',
    });
  }
  return issues;
}

const prefixed = (prefix: string, issues: readonly FieldIssue[]): FieldIssue[] =>
  issues.map((i) => ({ path: i.path === '' ? prefix : `${prefix}.${i.path}`, message: i.message }));

export function createFlagConfigService(db: Db) {
  return {
    /** `flag` and `environment` are the rows the request resolved (its scope). */
    async get(environment: EnvironmentRow, flag: FlagRow): Promise<FlagEnvironment> {
      const row = (await findConfig(db, flag.id, environment.id)) ?? {
        flag_id: flag.id,
        environment_id: environment.id,
        config: defaultConfig(flag.variations.length),
        version: 1,
        updated_at: flag.created_at,
      };
      return configView(flag.key, environment.key, row);
    },

    /**
     * PUT: the whole configuration (If-Match required by the route). The body may be what GET returned:
     * its read-only fields are checked against the request and dropped.
     */
    async replace(
      actor: Actor,
      project: ProjectRow,
      environment: EnvironmentRow,
      flagKey: string,
      ifMatch: number | undefined,
      body: Record<string, unknown> & { comment?: string },
    ): Promise<ConfigWrite> {
      const { comment, flag, environment: envKey, version, updatedAt: _updatedAt, ...input } = body;
      const contradictions = readOnlyContradictions(
        { flag, environment: envKey, version },
        {
          flag: flagKey,
          environment: environment.key,
          version: ifMatch,
        },
      );
      if (contradictions.length > 0) throw new ValidationError(contradictions);
      return mutate(db, actor, async (uow) => {
        const open = await openConfig(uow.trx, project, environment, flagKey, ifMatch);
        const checked = await validateFor(uow.trx, project, open, input);
        if (!checked.ok) throw new ValidationError(breaking('flag-model', prefixed('body', checked.issues)));
        return record(uow, 'replace', project, environment, open, checked.value, comment);
      });
    },

    /** PATCH: semantic actions applied in order to the current configuration, all or nothing. */
    async change(
      actor: Actor,
      project: ProjectRow,
      environment: EnvironmentRow,
      flagKey: string,
      ifMatch: number | undefined,
      body: { actions: Action[]; comment?: string },
    ): Promise<ConfigWrite> {
      return mutate(db, actor, async (uow) => {
        const open = await openConfig(uow.trx, project, environment, flagKey, ifMatch);
        const start = open.row.config;
        // The flags actions name as prerequisites, for applyActions to check them.
        const named = body.actions.flatMap((a) => (a.kind === 'addPrerequisite' ? [{ flag: a.flag }] : []));
        await loadReferences(uow.trx, project.id, open.ctx, [{ prerequisites: named }]);
        const steps = applyActions(start, body.actions, {
          flagKey: open.flag.key,
          variationCount: open.flag.variations.length,
          flags: open.ctx.refs.flags,
        });
        const result = steps.at(-1)!;
        const checked = await validateFor(uow.trx, project, open, result);
        if (!checked.ok) {
          // Blame checks every step: each must be checked against what it names.
          await completeConfigContext(uow.trx, project.id, open.ctx, steps);
          throw new ValidationError(breaking('flag-model', blame(start, body.actions, steps, open.ctx)));
        }
        return record(uow, 'change', project, environment, open, checked.value, body.comment);
      });
    },

    /**
     * Copies the configuration of `from` onto `to` (If-Match names the target's version); `to` is the
     * environment `body.to` names, which the caller resolved (to check its change control first).
     */
    async copy(
      principal: Principal,
      actor: Actor,
      project: ProjectRow,
      flagKey: string,
      ifMatch: number | undefined,
      to: EnvironmentRow,
      body: { from: string; comment?: string },
    ): Promise<ConfigWrite> {
      const from = await findEnvironment(db, project, body.from);
      authorize(principal, 'flags:write', { projectId: project.id, protectedEnvironment: to.protected });
      if (from.id === to.id) {
        throw new ValidationError([
          { path: 'body.to', message: 'must differ from "from"', rule: 'distinct-environments' },
        ]);
      }
      return mutate(db, actor, async (uow) => {
        const open = await openConfig(uow.trx, project, to, flagKey, ifMatch);
        const source = (await findConfig(uow.trx, open.flag.id, from.id))?.config;
        const input = configOf(source ?? defaultConfig(open.flag.variations.length));
        const checked = await validateFor(uow.trx, project, open, input);
        if (!checked.ok) {
          throw new ValidationError(
            checked.issues.map((i) => ({
              path: 'body.from',
              message: `the configuration of ${from.key} cannot be used in ${to.key}: ${i.path}: ${i.message}`,
              rule: 'flag-model' as const,
            })),
          );
        }
        return record(uow, 'copy', project, to, open, checked.value, body.comment);
      });
    },
  };
}

/**
 * The engine refused the result of a change: find the first action after which the configuration has a
 * problem it did not have before, and report that problem under the action. Problems the stored
 * configuration already had (e.g. it names a segment deleted since) are reported as such.
 */
function blame(
  start: StoredConfig,
  actions: readonly Action[],
  steps: readonly StoredConfig[],
  ctx: ConfigContext,
): FieldIssue[] {
  const key = (i: FieldIssue) => `${i.path}\n${i.message}`;
  const initial = checkConfig(start, ctx);
  const known = new Set(initial.ok ? [] : initial.issues.map(key));
  for (let i = 0; i < steps.length; i++) {
    const result = checkConfig(steps[i], ctx);
    if (result.ok) continue;
    const fresh = result.issues.filter((issue) => !known.has(key(issue)));
    if (fresh.length > 0) {
      return fresh.map((issue) => {
        const path = issuePath(actions[i]!, i, steps[i]!, issue.path);
        // Placed on the action as a whole, the message says where in the configuration it went wrong.
        const exact = path.startsWith(`body.actions[${i}].`);
        return { path, message: exact ? issue.message : `${issue.path}: ${issue.message}` };
      });
    }
  }
  const last = checkConfig(steps.at(-1), ctx);
  const issues = last.ok ? [] : last.issues;
  return issues.map((issue) => ({
    path: 'body.actions',
    message: `the current configuration is invalid at ${issue.path}: ${issue.message}; replace it (PUT) to fix it`,
  }));
}
