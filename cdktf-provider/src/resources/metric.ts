// ff_metric: a metric definition over tracked events (`track(name, value?)`), which experiments name as
// their primary, secondary or guardrail metrics. The API has no delete for metric definitions (results
// of past experiments refer to them), so destroying one only forgets it.
import type { FfClient, MetricDefinition, MetricKind } from '@ff/client';
import { error } from '../plugin/diagnostics.ts';
import type { Diagnostic } from '../plugin/diagnostics.ts';
import type { ObjectValue } from '../plugin/dynamic.ts';
import type { ProviderContext, ResourceType, Stored } from '../plugin/resource.ts';
import { attributeType, equal } from '../plugin/schema.ts';
import type { BlockSchema } from '../plugin/schema.ts';
import {
  idAttr,
  ifMatch,
  importParts,
  keyPattern,
  num,
  orGone,
  projectAttr,
  str,
  versionOf,
} from './common.ts';

const KINDS = ['binomial', 'count', 'sum'] as const;
const DIRECTIONS = ['higher', 'lower'] as const;

export const metricSchema: BlockSchema = {
  description:
    'A metric definition over tracked events, for experiments: `binomial` (did the unit send the event within `window_hours` of its first exposure), `count` (how many such events) or `sum` (the summed event values, e.g. revenue). ff keeps metric definitions: destroying one only removes it from the state. Import with `<project>/<metric>`.',
  attributes: {
    id: idAttr('<project>/<metric>'),
    project: projectAttr('the metric'),
    key: {
      type: 'string',
      required: true,
      forceNew: true,
      description: `Metric key (${keyPattern}). Changing it re-creates the metric.`,
    },
    name: { type: 'string', required: true, description: 'Display name.' },
    description: { type: 'string', optional: true, default: '', description: 'Free text. Defaults to `""`.' },
    kind: {
      type: 'string',
      required: true,
      forceNew: true,
      description: 'One of `binomial`, `count`, `sum`. Changing it re-creates the metric.',
    },
    event: { type: 'string', required: true, description: 'The tracked event name.' },
    window_hours: {
      type: 'number',
      optional: true,
      default: 168,
      description: 'Events count within this many hours of the first exposure. Defaults to `168` (7 days).',
    },
    cap: {
      type: 'number',
      optional: true,
      description: "Caps each unit's count or sum (outliers). Left out, no cap.",
    },
    direction: {
      type: 'string',
      optional: true,
      default: 'higher',
      description: 'Which way is better: `higher` or `lower`. Defaults to `"higher"`.',
    },
  },
};

function toState(
  project: string,
  m: MetricDefinition,
  previous: ObjectValue | null,
  version: number | undefined,
): Stored {
  const state: ObjectValue = {
    id: `${project}/${m.key}`,
    project,
    key: m.key,
    name: m.name,
    description: m.description,
    kind: m.kind,
    event: m.event,
    window_hours: m.windowHours,
    cap: m.cap,
    direction: m.direction,
  };
  if (previous)
    for (const [name, a] of Object.entries(metricSchema.attributes))
      if (previous[name] !== undefined && equal(attributeType(a), previous[name], state[name]))
        state[name] = previous[name]!;
  return { state, private: { version: version ?? m.version } };
}

async function get(
  ctx: ProviderContext,
  project: string,
  key: string,
  previous: ObjectValue | null,
): Promise<Stored | null> {
  const res = await orGone(() => ctx.api.getMetricDefinition({ path: { project, metric: key } }));
  return res ? toState(project, res.data, previous, versionOf(res.headers)) : null;
}

const cap = (o: ObjectValue): number | null => (typeof o.cap === 'number' ? o.cap : null);

export const metricResource: ResourceType = {
  schema: metricSchema,
  validate(config) {
    const list: Diagnostic[] = [];
    if (typeof config.kind === 'string' && !(KINDS as readonly string[]).includes(config.kind))
      list.push(error('Invalid kind', `"${config.kind}" is not one of ${KINDS.join(', ')}.`, ['kind']));
    if (typeof config.direction === 'string' && !(DIRECTIONS as readonly string[]).includes(config.direction))
      list.push(
        error('Invalid direction', `"${config.direction}" is not one of higher, lower.`, ['direction']),
      );
    return list;
  },
  async create(ctx, planned) {
    const project = str(planned, 'project');
    const res = await ctx.api.createMetricDefinition({
      path: { project },
      body: {
        key: str(planned, 'key'),
        name: str(planned, 'name'),
        description: str(planned, 'description'),
        kind: str(planned, 'kind') as MetricKind,
        event: str(planned, 'event'),
        windowHours: num(planned, 'window_hours'),
        cap: cap(planned),
        direction: str(planned, 'direction') as (typeof DIRECTIONS)[number],
      },
    });
    return toState(project, res.data, planned, versionOf(res.headers));
  },
  read: (ctx, state) => get(ctx, str(state, 'project'), str(state, 'key'), state),
  async update(ctx, prior, planned, priv) {
    const project = str(prior, 'project');
    const res = await ctx.api.updateMetricDefinition({
      path: { project, metric: str(prior, 'key') },
      body: {
        name: str(planned, 'name'),
        description: str(planned, 'description'),
        event: str(planned, 'event'),
        windowHours: num(planned, 'window_hours'),
        cap: cap(planned),
        direction: str(planned, 'direction') as (typeof DIRECTIONS)[number],
      },
      ...ifMatch(priv.version),
    });
    return toState(project, res.data, planned, versionOf(res.headers));
  },
  async delete() {
    // No delete in the API: the definition stays in ff, Terraform forgets it.
  },
  async import(ctx, id) {
    const [project, key] = importParts(id, 'project/metric');
    const found = await get(ctx, project!, key!, null);
    if (!found) throw new Error(`metric "${id}" does not exist`);
    return found;
  },
};

export async function metricData(api: FfClient, project: string, key: string): Promise<ObjectValue> {
  const res = await api.getMetricDefinition({ path: { project, metric: key } });
  return toState(project, res.data, null, undefined).state;
}
