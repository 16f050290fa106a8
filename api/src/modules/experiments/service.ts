// Experiments: create (with its flag when asked), change, and move through the lifecycle, each in one
// unit of work with exactly one audit entry. A transition that changes what the flag serves (launch,
// pause, stop) writes the flag's configuration in the same transaction and bumps the environment, so
// SDKs see the split exactly while the experiment runs.
import type { Knex } from 'knex';
import type { Db } from '../../db/knex.ts';
import { mutate } from '../../db/unit-of-work.ts';
import { checkVersion } from '../../http/concurrency.ts';
import { breaking, ConflictError, NotFoundError, ValidationError } from '../../http/errors.ts';
import type { FieldIssue } from '../../http/errors.ts';
import { decodeCursor, pageOf } from '../../http/paging.ts';
import type { Page } from '../../http/paging.ts';
import { authorize } from '../../http/permissions.ts';
import type { Actor, Principal } from '../../http/principal.ts';
import { findEnvironment } from '../../http/scope.ts';
import type { ProjectRow } from '../projects/store.ts';
import { environmentRefs } from '../environments/store.ts';
import type { components } from '../../generated/openapi.ts';
import { openConfig, saveConfig, validateFor } from '../flag-configs/service.ts';
import * as configStore from '../flag-configs/store.ts';
import * as flags from '../flags/store.ts';
import type { FlagRow } from '../flags/store.ts';
import { runningConfig, servingConfig } from './flag-config.ts';
import { assertEditable, nextStatus } from './lifecycle.ts';
import { ensureRollups } from './results-service.ts';
import type { TransitionAction } from './lifecycle.ts';
import * as store from './store.ts';
import type { ExperimentValues } from './store.ts';
import { experimentResource, experimentView } from './view.ts';
import type { Experiment, ExperimentEntry } from './view.ts';

type Create = components['schemas']['ExperimentCreate'];
type Update = components['schemas']['ExperimentUpdate'];
type Transition = components['schemas']['ExperimentTransition'];

const isKey = (v: unknown): v is string => typeof v === 'string';

async function experimentOr404(
  db: Knex,
  project: ProjectRow,
  key: string,
  lock?: 'update',
): Promise<ExperimentEntry> {
  const row = await store.findExperiment(db, project.id, key, lock);
  if (!row) throw new NotFoundError(`No experiment "${key}" in project "${project.key}".`);
  return row;
}

/** 422 issues for metrics and a population segment that do not exist in the project. */
async function referenceIssues(
  db: Knex,
  projectId: string,
  body: Pick<Update, 'primaryMetric' | 'secondaryMetrics' | 'guardrailMetrics' | 'population'>,
): Promise<FieldIssue[]> {
  const named: { path: string; key: string }[] = [];
  if (body.primaryMetric) named.push({ path: 'body.primaryMetric', key: body.primaryMetric });
  for (const field of ['secondaryMetrics', 'guardrailMetrics'] as const) {
    (body[field] ?? []).forEach((key, i) => named.push({ path: `body.${field}[${i}]`, key }));
  }
  const issues: FieldIssue[] = [];
  if (named.length > 0) {
    const found = new Set(
      (
        (await db('metric_definitions')
          .where({ project_id: projectId })
          .whereIn(
            'key',
            named.map((n) => n.key),
          )
          .select('key')) as { key: string }[]
      ).map((r) => r.key),
    );
    for (const n of named) {
      if (!found.has(n.key))
        issues.push({
          path: n.path,
          message: `no metric "${n.key}" in this project`,
          rule: 'experiment-model',
        });
    }
  }
  const segment = body.population?.segment;
  if (segment !== undefined) {
    const row = await db('segments').where({ project_id: projectId, key: segment }).first('id');
    if (!row)
      issues.push({ path: 'body.population.segment', message: `no segment "${segment}" in this project` });
  }
  return issues;
}

function variantIssues(variants: readonly { key: string }[], flag: FlagRow | undefined): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  variants.forEach((v, i) => {
    if (seen.has(v.key))
      issues.push({ path: `body.variants[${i}].key`, message: `"${v.key}" is listed twice` });
    seen.add(v.key);
  });
  if (flag && flag.variations.length !== variants.length) {
    issues.push({
      path: 'body.variants',
      message: `flag "${flag.key}" has ${flag.variations.length} variations; an experiment on it names one variant per variation, in order`,
    });
  }
  return issues;
}

export function createExperimentService(db: Db) {
  const reread = async (trx: Knex, project: ProjectRow, key: string) =>
    experimentView(await experimentOr404(trx, project, key));

  return {
    async list(
      project: ProjectRow,
      query: { limit?: number; cursor?: string; status?: string; archived?: boolean },
    ): Promise<Page<Experiment>> {
      const limit = query.limit ?? 50;
      const rows = await store.listExperiments(db, project.id, {
        status: query.status,
        archived: query.archived ?? false,
        after: decodeCursor(query.cursor, isKey),
        limit,
      });
      return pageOf(rows, limit, (r) => r.key, experimentView);
    },

    async get(project: ProjectRow, key: string): Promise<Experiment> {
      return experimentView(await experimentOr404(db, project, key));
    },

    async create(principal: Principal, actor: Actor, project: ProjectRow, body: Create): Promise<Experiment> {
      const environment = await findEnvironment(db, project, body.environment);
      authorize(principal, 'flags:write', {
        projectId: project.id,
        protectedEnvironment: environment.protected,
      });
      return mutate(db, actor, async (uow) => {
        const { trx } = uow;
        let flag =
          body.flag === undefined ? undefined : await flags.findFlag(trx, project.id, body.flag, 'share');
        if (body.flag !== undefined && !flag) {
          throw new ValidationError([
            {
              path: 'body.flag',
              message: `no flag "${body.flag}" in this project`,
              rule: 'experiment-model',
            },
          ]);
        }
        const issues = [
          ...variantIssues(body.variants, flag),
          ...(await referenceIssues(trx, project.id, body)),
        ];
        if (issues.length > 0) throw new ValidationError(breaking('experiment-model', issues));
        if (await store.findExperiment(trx, project.id, body.key)) {
          throw new ConflictError(`An experiment "${body.key}" already exists in project "${project.key}".`);
        }
        if (!flag) {
          if (await flags.findFlag(trx, project.id, body.key)) {
            throw new ConflictError(
              `A flag "${body.key}" already exists; name it in "flag" to run the experiment on it, or pick another key.`,
            );
          }
          const variations = body.variants.map((v) => ({ name: v.key, value: v.key, description: '' }));
          flag = await flags.insertFlag(trx, {
            project_id: project.id,
            key: body.key,
            name: body.name ?? body.key,
            description: `The flag of experiment ${body.key}.`,
            kind: 'string',
            variations,
            tags: ['experiment'],
            owner: null,
            temporary: true,
            client_side: false,
          });
          // Off everywhere, serving control, like any new flag: launching turns it on in one environment.
          const config = configStore.defaultConfig(variations.length, 0, 0);
          const environments = await environmentRefs(trx, project.id);
          await configStore.insertConfigs(
            trx,
            environments.map((e) => ({ flag_id: flag!.id, environment_id: e.id, config })),
          );
        } else {
          const active = await store.activeOnFlag(trx, flag.id, environment.id);
          if (active.length > 0) {
            throw new ConflictError(
              `Flag "${flag.key}" already has experiment "${active[0]!.key}" (${active[0]!.status}) in ${environment.key}; stop it first.`,
            );
          }
        }
        await store.insertExperiment(trx, {
          project_id: project.id,
          environment_id: environment.id,
          flag_id: flag.id,
          key: body.key,
          name: body.name ?? body.key,
          hypothesis: body.hypothesis ?? '',
          description: body.description ?? '',
          variants: body.variants,
          allocation: body.allocation ?? 100,
          population: body.population ?? null,
          salt: body.salt ?? `experiment:${body.key}`,
          primary_metric: body.primaryMetric ?? null,
          secondary_metrics: body.secondaryMetrics ?? [],
          guardrail_metrics: body.guardrailMetrics ?? [],
          auto_stop: body.autoStop ?? false,
        });
        const after = await reread(trx, project, body.key);
        await uow.audit({
          action: 'experiment.create',
          resourceType: 'experiment',
          resource: experimentResource(project.key, body.key),
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
      body: Update,
    ): Promise<{ experiment: Experiment; changed: boolean }> {
      return mutate(db, actor, async (uow) => {
        const { trx } = uow;
        const row = await experimentOr404(trx, project, key, 'update');
        authorize(principal, 'flags:write', {
          projectId: project.id,
          protectedEnvironment: row.environment_protected,
        });
        checkVersion(ifMatch, row.version, `Experiment "${key}"`);
        const before = experimentView(row);
        const fields: [keyof Update, keyof ExperimentValues][] = [
          ['name', 'name'],
          ['hypothesis', 'hypothesis'],
          ['description', 'description'],
          ['variants', 'variants'],
          ['allocation', 'allocation'],
          ['population', 'population'],
          ['salt', 'salt'],
          ['primaryMetric', 'primary_metric'],
          ['secondaryMetrics', 'secondary_metrics'],
          ['guardrailMetrics', 'guardrail_metrics'],
          ['autoStop', 'auto_stop'],
        ];
        const values: Record<string, unknown> = {};
        const changed: string[] = [];
        for (const [field, column] of fields) {
          if (body[field] === undefined) continue;
          if (JSON.stringify(body[field]) === JSON.stringify(before[field as keyof Experiment])) continue;
          values[column] = body[field];
          changed.push(field);
        }
        assertEditable(key, row.status, row.archived, changed);
        if (changed.length === 0) {
          uow.unchanged();
          return { experiment: before, changed: false };
        }
        const flag = await flags.findFlag(trx, project.id, row.flag_key, 'share');
        const issues = [
          ...(body.variants ? variantIssues(body.variants, flag) : []),
          ...(await referenceIssues(trx, project.id, body)),
        ];
        if (issues.length > 0) throw new ValidationError(breaking('experiment-model', issues));
        await store.updateExperiment(trx, row.id, { ...values, version: row.version + 1 });
        const metricsChanged = changed.some((f) => f.endsWith('Metric') || f.endsWith('Metrics'));
        if (metricsChanged && (row.status === 'running' || row.status === 'paused')) {
          await ensureRollups(trx, (await store.findExperiment(trx, project.id, key))!);
        }
        const after = await reread(trx, project, key);
        await uow.audit({
          action: 'experiment.update',
          resourceType: 'experiment',
          resource: experimentResource(project.key, key),
          before,
          after,
        });
        return { experiment: after, changed: true };
      });
    },

    async transition(
      principal: Principal,
      actor: Actor,
      project: ProjectRow,
      key: string,
      ifMatch: number | undefined,
      body: Transition,
    ): Promise<Experiment> {
      return mutate(db, actor, async (uow) => {
        const { trx } = uow;
        const row = await experimentOr404(trx, project, key, 'update');
        authorize(principal, 'flags:write', {
          projectId: project.id,
          protectedEnvironment: row.environment_protected,
        });
        checkVersion(ifMatch, row.version, `Experiment "${key}"`);
        return applyTransition(uow.trx, project, row, body, async (entry) => uow.audit(entry));
      });
    },
  };
}

export interface TransitionAudit {
  action: string;
  resourceType: 'experiment';
  resource: string;
  before: unknown;
  after: unknown;
  comment?: string;
}

/**
 * Moves `row` by `body.action` inside an open transaction: the flag's configuration in the experiment's
 * environment as the new status needs it, the experiment row, then the one audit entry. The guardrail
 * worker calls this too, so an automatic stop is the same step a person's would be.
 */
export async function applyTransition(
  trx: Knex.Transaction,
  project: ProjectRow,
  row: ExperimentEntry,
  body: Transition & { reason?: string; evidence?: Record<string, unknown> },
  audit: (entry: TransitionAudit) => Promise<unknown>,
): Promise<Experiment> {
  const action: TransitionAction = body.action;
  const next = nextStatus(row.key, row.status, row.archived, action);
  const before = experimentView(row);
  let winnerIndex: number | undefined;
  if (body.winner !== undefined || body.rollout) {
    if (action !== 'stop') {
      throw new ValidationError([
        { path: 'body.winner', message: 'only a stop names a winner', rule: 'experiment-model' },
      ]);
    }
    winnerIndex = row.variants.findIndex((v) => v.key === body.winner);
    if (winnerIndex < 0) {
      throw new ValidationError([
        {
          path: 'body.winner',
          message: `must be one of the variants: ${row.variants.map((v) => v.key).join(', ')}`,
          rule: 'experiment-model',
        },
      ]);
    }
  }
  let comment: string | undefined;
  if (action !== 'archive') {
    const environment = {
      id: row.environment_id,
      key: row.environment_key,
      protected: row.environment_protected,
    };
    const open = await openConfig(trx, project, environment, row.flag_key, undefined);
    const served = body.rollout && winnerIndex !== undefined ? winnerIndex : 0;
    const config =
      next.status === 'running'
        ? runningConfig(open.row.config, row)
        : servingConfig(open.row.config, row, served);
    const checked = await validateFor(trx, project, open, config);
    if (!checked.ok) {
      throw new ConflictError(
        `The configuration of flag "${row.flag_key}" in ${row.environment_key} cannot serve the experiment: ${checked.issues
          .map((i) => `${i.path}: ${i.message}`)
          .join('; ')}`,
      );
    }
    await saveConfig(trx, project, environment, open, checked.value);
    comment =
      next.status === 'running'
        ? `flag ${row.flag_key} in ${row.environment_key} serves the experiment's split`
        : `flag ${row.flag_key} in ${row.environment_key} serves ${row.variants[served]!.key} to everyone`;
  }
  const values: ExperimentValues = { status: next.status, archived: next.archived, version: row.version + 1 };
  if (action === 'launch' && row.started_at === null) values.started_at = new Date();
  if (action === 'stop') {
    values.stopped_at = new Date();
    values.decision = {
      winner: body.winner ?? null,
      notes: body.notes ?? '',
      rolledOut: Boolean(body.rollout && winnerIndex !== undefined),
      ...(body.reason === undefined ? {} : { reason: body.reason }),
      ...(body.evidence === undefined ? {} : { evidence: body.evidence }),
    };
  }
  await store.updateExperiment(trx, row.id, values);
  const entry = (await store.findExperiment(trx, project.id, row.key))!;
  // Results read the rollups the intake keeps while the experiment runs: registered (and filled from the
  // raw events) with the launch or resume, in its transaction.
  if (next.status === 'running') await ensureRollups(trx, entry);
  const after = experimentView(entry);
  const verb = action === 'launch' && row.status === 'paused' ? 'resume' : action;
  await audit({
    action: `experiment.${verb}`,
    resourceType: 'experiment',
    resource: experimentResource(project.key, row.key),
    before,
    after,
    ...(comment === undefined ? {} : { comment: body.notes ? `${comment}. ${body.notes}` : comment }),
  });
  return after;
}
