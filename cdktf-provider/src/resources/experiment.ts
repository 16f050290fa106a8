// ff_experiment: an experiment on a multi-variant flag in one environment. Its lifecycle is an
// attribute: changing `status` (and `archived`) plans the API's transitions (launch, pause, stop,
// archive), walked by the engine's experimentPath, so what can never happen (a stopped experiment
// running again) fails at plan; what the server decides (the split is frozen while the experiment
// runs) comes back at apply as the API's problem.
import type { Experiment, ExperimentTransition, FfClient } from '@ff/client';
import { EXPERIMENT_STATUSES, experimentPath } from '@ff/engine';
import type { ExperimentStatus } from '@ff/engine';
import { DiagnosticsError, error } from '../plugin/diagnostics.ts';
import type { Diagnostic } from '../plugin/diagnostics.ts';
import { Unknown } from '../plugin/dynamic.ts';
import type { ObjectValue, Value } from '../plugin/dynamic.ts';
import type { Private, ProviderContext, ResourceType, Stored } from '../plugin/resource.ts';
import { attributeType, equal } from '../plugin/schema.ts';
import type { BlockSchema } from '../plugin/schema.ts';
import {
  idAttr,
  ifMatch,
  importParts,
  num,
  objects,
  optStr,
  orGone,
  projectAttr,
  str,
  strings,
  versionOf,
} from './common.ts';

const statuses = EXPERIMENT_STATUSES.map((s) => `"${s}"`).join(', ');

export const experimentSchema: BlockSchema = {
  description:
    'An experiment on a multi-variant flag in one environment. `status` drives the lifecycle: `"running"` launches (or resumes), `"paused"` pauses, `"stopped"` stops (with an optional `winner`, rolled out to everyone with `roll_out_winner`); a stopped experiment never runs again. Variants, allocation, population and salt cannot change while it runs (the API refuses). Destroying stops and archives it (ff keeps experiments; its flag stays). Import with `<project>/<experiment>`.',
  attributes: {
    id: idAttr('<project>/<experiment>'),
    project: projectAttr('the experiment'),
    key: {
      type: 'string',
      required: true,
      forceNew: true,
      description:
        'Experiment key (kebab-case: lowercase letters and digits in words joined by `-`). Changing it re-creates the experiment.',
    },
    environment: {
      type: 'string',
      required: true,
      forceNew: true,
      description: 'Key of the environment the experiment runs in. Changing it re-creates the experiment.',
    },
    flag: {
      type: 'string',
      optional: true,
      computed: true,
      forceNew: true,
      description:
        "Key of the flag the experiment runs on: its variations are the variants, in order. Left out, ff creates a string flag with the experiment's key and one variation per variant. Changing it re-creates the experiment.",
    },
    name: { type: 'string', required: true, description: 'Display name.' },
    hypothesis: {
      type: 'string',
      optional: true,
      default: '',
      description: 'What the experiment is expected to show. Defaults to `""`.',
    },
    description: { type: 'string', optional: true, default: '', description: 'Free text. Defaults to `""`.' },
    variants: {
      nested: {
        nesting: 'list',
        attributes: {
          key: { type: 'string', required: true, description: 'Variant key (the first variant is control).' },
          weight: {
            type: 'number',
            required: true,
            description: 'Relative weight (the weights need not sum to 100).',
          },
        },
      },
      required: true,
      description:
        "The variants, control first; variant i is the flag's variation i. Frozen once the experiment has run.",
    },
    allocation: {
      type: 'number',
      optional: true,
      default: 100,
      description:
        'Percent of the population enrolled (0 < allocation ≤ 100); the rest get control. Defaults to `100`.',
    },
    population_segment: {
      type: 'string',
      optional: true,
      description: 'Key of the segment whose members can be enrolled; left out, everyone.',
    },
    salt: {
      type: 'string',
      optional: true,
      computed: true,
      description: 'The bucketing salt. Left out, ff picks `experiment:<key>`.',
    },
    primary_metric: {
      type: 'string',
      optional: true,
      description: 'Key of the primary metric (an `ff_metric`).',
    },
    secondary_metrics: {
      type: ['list', 'string'],
      optional: true,
      default: [],
      description: 'Keys of secondary metrics. Defaults to none.',
    },
    guardrail_metrics: {
      type: ['list', 'string'],
      optional: true,
      default: [],
      description: 'Keys of guardrail metrics. Defaults to none.',
    },
    auto_stop: {
      type: 'bool',
      optional: true,
      default: false,
      description:
        'Stop the experiment (serving control) when a guardrail metric shows significant harm. Defaults to `false`.',
    },
    status: {
      type: 'string',
      optional: true,
      default: 'draft',
      description: `One of ${statuses}. Changing it runs the transition: draft → running (launch) ⇄ paused → stopped. A stopped experiment never runs again; nothing returns to draft. Defaults to \`"draft"\`.`,
    },
    winner: {
      type: 'string',
      optional: true,
      description: 'With `status = "stopped"`: the variant that won, recorded when the experiment stops.',
    },
    roll_out_winner: {
      type: 'bool',
      optional: true,
      default: false,
      description:
        'With `winner`: serve the winner to everyone in the same step that stops the experiment. Defaults to `false`.',
    },
    notes: {
      type: 'string',
      optional: true,
      computed: true,
      description:
        'With `status = "stopped"`: the decision notes recorded when the experiment stops (left out: what ff holds).',
    },
    archived: {
      type: 'bool',
      optional: true,
      default: false,
      description: 'Archive a draft or stopped experiment (one-way). Defaults to `false`.',
    },
    started_at: {
      type: 'string',
      computed: true,
      description: 'When it was first launched (RFC 3339), or null.',
    },
    stopped_at: { type: 'string', computed: true, description: 'When it stopped (RFC 3339), or null.' },
  },
};

const attrs = experimentSchema.attributes;

/** Fields written by PATCH, with their API names. */
const FIELDS = [
  ['name', 'name'],
  ['hypothesis', 'hypothesis'],
  ['description', 'description'],
  ['variants', 'variants'],
  ['allocation', 'allocation'],
  ['population_segment', 'population'],
  ['salt', 'salt'],
  ['primary_metric', 'primaryMetric'],
  ['secondary_metrics', 'secondaryMetrics'],
  ['guardrail_metrics', 'guardrailMetrics'],
  ['auto_stop', 'autoStop'],
] as const;

function apiValue(o: ObjectValue, field: (typeof FIELDS)[number][0]): unknown {
  switch (field) {
    case 'variants':
      return objects(o.variants).map((v) => ({ key: str(v, 'key'), weight: num(v, 'weight') }));
    case 'population_segment': {
      const segment = optStr(o, 'population_segment');
      return segment === undefined ? null : { segment };
    }
    case 'primary_metric':
      return optStr(o, 'primary_metric') ?? null;
    case 'secondary_metrics':
    case 'guardrail_metrics':
      return strings(o[field]);
    case 'allocation':
      return num(o, 'allocation');
    case 'auto_stop':
      return o.auto_stop === true;
    default:
      return o[field];
  }
}

function toState(
  project: string,
  e: Experiment,
  previous: ObjectValue | null,
  version: number | undefined,
): Stored {
  const state: ObjectValue = {
    id: `${project}/${e.key}`,
    project,
    key: e.key,
    environment: e.environment,
    flag: e.flag,
    name: e.name,
    hypothesis: e.hypothesis,
    description: e.description,
    variants: e.variants.map((v) => ({ key: v.key, weight: v.weight })),
    allocation: e.allocation,
    population_segment: e.population?.segment ?? null,
    salt: e.salt,
    primary_metric: e.primaryMetric,
    secondary_metrics: e.secondaryMetrics,
    guardrail_metrics: e.guardrailMetrics,
    auto_stop: e.autoStop,
    status: e.status,
    winner: e.decision?.winner ?? null,
    roll_out_winner: e.decision?.rolledOut ?? false,
    notes: e.decision?.notes ?? '',
    archived: e.archived,
    started_at: e.startedAt,
    stopped_at: e.stoppedAt,
  };
  if (previous)
    for (const [name, a] of Object.entries(attrs))
      if (previous[name] !== undefined && equal(attributeType(a), previous[name], state[name]))
        state[name] = previous[name]!;
  return { state, private: { version: version ?? e.version } };
}

async function get(
  ctx: ProviderContext,
  project: string,
  key: string,
  previous: ObjectValue | null,
): Promise<Stored | null> {
  const res = await orGone(() => ctx.api.getExperiment({ path: { project, experiment: key } }));
  return res ? toState(project, res.data, previous, versionOf(res.headers)) : null;
}

const lifecycle = (o: ObjectValue) => ({
  status: o.status as ExperimentStatus,
  archived: o.archived === true,
});

/** The transitions from prior to planned, or a diagnostic on `status`/`archived` saying why none can. */
function path(key: string, prior: ObjectValue, planned: ObjectValue) {
  const p = experimentPath(key, lifecycle(prior), lifecycle(planned));
  if (p.ok) return p.actions;
  const at = prior.archived === true && planned.archived !== true ? 'archived' : 'status';
  throw new DiagnosticsError([
    error('Experiment lifecycle', `${p.reason[0]!.toUpperCase()}${p.reason.slice(1)}.`, [at]),
  ]);
}

/** Runs the PATCH (when fields changed) and then the transitions, each If-Match the version before. */
async function write(
  ctx: ProviderContext,
  project: string,
  key: string,
  prior: ObjectValue,
  planned: ObjectValue,
  version: number | undefined,
): Promise<Stored> {
  const actions = path(key, prior, planned);
  const experiment = { project, experiment: key };
  const body: Record<string, unknown> = {};
  for (const [field, api] of FIELDS) {
    if (planned[field] === Unknown) continue; // salt left out on create: what ff picked
    if (!equal(attributeType(attrs[field]!), prior[field], planned[field]))
      body[api] = apiValue(planned, field);
  }
  if (Object.keys(body).length > 0) {
    const res = await ctx.api.updateExperiment({ path: experiment, body, ...ifMatch(version) });
    version = versionOf(res.headers);
  }
  for (const action of actions) {
    const transition: ExperimentTransition = { action };
    if (action === 'stop') {
      const winner = optStr(planned, 'winner');
      if (winner !== undefined) transition.winner = winner;
      if (winner !== undefined && planned.roll_out_winner === true) transition.rollout = true;
      const notes = optStr(planned, 'notes');
      if (notes) transition.notes = notes;
    }
    const res = await ctx.api.transitionExperiment({
      path: experiment,
      body: transition,
      ...ifMatch(version),
    });
    version = versionOf(res.headers);
  }
  return (await get(ctx, project, key, planned))!;
}

const DECISION = ['winner', 'roll_out_winner'] as const;

export const experimentResource: ResourceType = {
  schema: experimentSchema,
  validate(config) {
    const list: Diagnostic[] = [];
    const status = config.status;
    if (typeof status === 'string' && !(EXPERIMENT_STATUSES as readonly string[]).includes(status))
      list.push(error('Invalid status', `"${status}" is not one of ${statuses}.`, ['status']));
    // The decision is recorded by the stop: set before, it would never show in the state.
    if (typeof status === 'string' && status !== 'stopped') {
      if (typeof config.winner === 'string')
        list.push(
          error('winner needs status = "stopped"', 'The winner is recorded when the experiment stops.', [
            'winner',
          ]),
        );
      if (config.roll_out_winner === true)
        list.push(
          error(
            'roll_out_winner needs status = "stopped"',
            'The winner is rolled out when the experiment stops.',
            ['roll_out_winner'],
          ),
        );
      if (typeof config.notes === 'string' && config.notes !== '')
        list.push(
          error(
            'notes needs status = "stopped"',
            'The decision notes are recorded when the experiment stops.',
            ['notes'],
          ),
        );
    }
    if (config.roll_out_winner === true && config.winner === null)
      list.push(
        error('roll_out_winner needs a winner', 'Name the variant to roll out in `winner`.', [
          'roll_out_winner',
        ]),
      );
    return list;
  },
  async plan(_ctx, planned, prior) {
    if (planned.status === Unknown || planned.archived === Unknown) return [];
    const from = prior ?? { status: 'draft', archived: false };
    const key = typeof planned.key === 'string' ? planned.key : 'experiment';
    const p = experimentPath(key, lifecycle(from), lifecycle(planned));
    if (!p.ok) {
      const at = from.archived === true && planned.archived !== true ? 'archived' : 'status';
      return [error('Experiment lifecycle', `${p.reason[0]!.toUpperCase()}${p.reason.slice(1)}.`, [at])];
    }
    if (!prior) return [];
    // A decision is made once, by the stop that records it.
    const stopping = p.actions.includes('stop');
    if (!stopping && prior.status === 'stopped') {
      const changed = [...DECISION, 'notes'].filter(
        (f) => planned[f] !== Unknown && !equal(attributeType(attrs[f]!), prior[f], planned[f]),
      );
      if (changed.length > 0)
        return [
          error(
            'Experiment decision',
            `Experiment "${key}" stopped with its decision recorded; ${changed.join(', ')} can no longer change.`,
            [changed[0]!],
          ),
        ];
    }
    // Transitions move the timestamps: known after apply.
    if (prior.status !== planned.status) {
      planned.started_at = Unknown;
      planned.stopped_at = Unknown;
    }
    return [];
  },
  async create(ctx, planned) {
    const project = str(planned, 'project');
    const key = str(planned, 'key');
    const body: Record<string, unknown> = { key, environment: str(planned, 'environment') };
    const flag = optStr(planned, 'flag');
    if (flag !== undefined) body.flag = flag;
    for (const [field, api] of FIELDS)
      if (planned[field] !== Unknown && planned[field] !== null) body[api] = apiValue(planned, field);
    const res = await ctx.api.createExperiment({
      path: { project },
      body: body as Parameters<FfClient['createExperiment']>[0]['body'],
    });
    const created = toState(project, res.data, null, versionOf(res.headers));
    if (planned.status === 'draft' && planned.archived !== true)
      return (await get(ctx, project, key, planned))!;
    return write(ctx, project, key, created.state, planned, created.private.version);
  },
  read: (ctx, state) => get(ctx, str(state, 'project'), str(state, 'key'), state),
  update: (ctx, prior, planned, priv: Private) =>
    write(ctx, str(prior, 'project'), str(prior, 'key'), prior, planned, priv.version),
  async delete(ctx, prior) {
    // ff keeps experiments (their results stay readable): destroying stops a running one and archives it.
    const project = str(prior, 'project');
    const key = str(prior, 'key');
    const current = await get(ctx, project, key, null);
    if (!current || current.state.archived === true) return;
    const status = current.state.status as ExperimentStatus;
    const target = {
      status: status === 'running' || status === 'paused' ? 'stopped' : status,
      archived: true,
    };
    await write(
      ctx,
      project,
      key,
      current.state,
      { ...current.state, ...target, notes: '' },
      current.private.version,
    );
  },
  async import(ctx, id) {
    const [project, key] = importParts(id, 'project/experiment');
    const found = await get(ctx, project!, key!, null);
    if (!found) throw new Error(`experiment "${id}" does not exist`);
    return found;
  },
};

export function experimentData(project: string, e: Experiment): ObjectValue {
  return toState(project, e, null, undefined).state as Record<string, Value>;
}
