// ff_flag_environment: a flag's targeting in one environment (it exists as long as the flag and the
// environment do: "create" writes it, "destroy" turns the flag off there and clears its targeting).
// `ignore_changes_to` lets people change chosen fields outside Terraform (the dashboard, the CLI)
// without Terraform reverting them: see the attribute's description.
import type { FlagConfig } from '@ff/client';
import { validateFlagConfig } from '@ff/engine';
import { segmentsNamed } from '@ff/engine/references';
import { error, pathFromAccessor } from '../plugin/diagnostics.ts';
import type { Diagnostic } from '../plugin/diagnostics.ts';
import { hasUnknown, Unknown } from '../plugin/dynamic.ts';
import type { ObjectValue, Value } from '../plugin/dynamic.ts';
import type { ProviderContext, ResourceType, Stored } from '../plugin/resource.ts';
import { attributeType, equal } from '../plugin/schema.ts';
import type { Attributes, BlockSchema } from '../plugin/schema.ts';
import { idAttr, importParts, isGone, objects, orGone, str, strings, versionOf } from './common.ts';
import {
  clauseAttributes,
  fromApiConfig,
  sameTargeting,
  serveAttributes,
  TARGETING_FIELDS,
  toApiConfig,
  VALUE_TYPES,
} from './targeting.ts';
import type { Targeting } from './targeting.ts';

const attributes: Attributes = {
  id: idAttr('<project>/<env>/<flag>'),
  project: { type: 'string', required: true, forceNew: true, description: 'Project key.' },
  environment: { type: 'string', required: true, forceNew: true, description: 'Environment key.' },
  flag: { type: 'string', required: true, forceNew: true, description: 'Flag key.' },
  on: {
    type: 'bool',
    optional: true,
    default: false,
    description: 'Whether targeting is on (off serves `off_variation` to everyone). Defaults to `false`.',
  },
  off_variation: {
    type: 'number',
    optional: true,
    computed: true,
    description:
      "Variation index served while off or when a prerequisite fails. Left out, the flag's default (its last variation) is kept.",
  },
  fallthrough: {
    nested: { nesting: 'single', attributes: serveAttributes },
    optional: true,
    computed: true,
    description:
      "What everyone no target or rule matched gets. Left out, the flag's default (its first variation) is kept.",
  },
  targets: {
    nested: {
      nesting: 'set',
      attributes: {
        variation: { type: 'number', required: true, description: 'Variation index these context keys get.' },
        values: { type: ['set', 'string'], required: true, description: 'Context keys.' },
      },
    },
    optional: true,
    default: [],
    description:
      'Individual targets: context keys that get a variation before any rule is tried. Defaults to none.',
  },
  rules: {
    nested: {
      nesting: 'list',
      attributes: {
        id: {
          type: 'string',
          required: true,
          description: 'Stable rule id (unique in this configuration); reordering rules keeps their ids.',
        },
        description: {
          type: 'string',
          optional: true,
          default: '',
          description: 'Free text. Defaults to `""`.',
        },
        clauses: {
          nested: { nesting: 'list', attributes: clauseAttributes },
          required: true,
          description: 'All clauses must match for the rule to match.',
        },
        serve: {
          nested: { nesting: 'single', attributes: serveAttributes },
          required: true,
          description: 'What a match gets.',
        },
      },
    },
    optional: true,
    default: [],
    description: 'Rules, tried in order; the first match wins. Defaults to none.',
  },
  prerequisites: {
    nested: {
      nesting: 'set',
      attributes: {
        flag: { type: 'string', required: true, description: 'Key of the prerequisite flag.' },
        variation: { type: 'number', required: true, description: 'The variation it must serve.' },
      },
    },
    optional: true,
    default: [],
    description: 'Flags that must serve a given variation for this one to be evaluated. Defaults to none.',
  },
  ignore_changes_to: {
    type: ['set', 'string'],
    optional: true,
    default: [],
    description:
      'Fields people may change outside Terraform (`on`, `off_variation`, `fallthrough`, `targets`, `rules`, `prerequisites`). Terraform writes them when the resource is created or when their value in the configuration changes, and otherwise keeps what is in ff (no drift is reported, and other updates preserve them).',
  },
};

export const flagEnvironmentSchema: BlockSchema = {
  description:
    "A flag's targeting in one environment: on/off, individual targets, ordered rules, the fallthrough and prerequisites. Import with `<project>/<env>/<flag>`.",
  attributes,
};

const SETS = new Set(['targets', 'prerequisites']);

function pick(o: ObjectValue): Targeting {
  return Object.fromEntries(TARGETING_FIELDS.map((f) => [f, o[f] ?? null])) as unknown as Targeting;
}

function ignored(o: ObjectValue): Set<string> {
  return new Set(strings(o.ignore_changes_to));
}

/** The state for what the API holds; ignored fields keep `previous`'s value. Equal values keep their old spelling. */
function toState(
  ids: { project: string; environment: string; flag: string },
  api: Targeting,
  previous: ObjectValue | null,
  version: number | undefined,
): Stored {
  const keep = previous ? ignored(previous) : new Set<string>();
  const state: ObjectValue = {
    id: `${ids.project}/${ids.environment}/${ids.flag}`,
    ...ids,
    ignore_changes_to: previous?.ignore_changes_to ?? [],
  };
  for (const f of TARGETING_FIELDS) {
    const before = previous?.[f];
    const now = api[f];
    state[f] =
      before !== undefined &&
      (keep.has(f) || equal(attributeType(attributes[f]!), before, now) || sameTargeting(f, before, now))
        ? before
        : now;
  }
  return { state, private: { version } };
}

function idsOf(o: ObjectValue) {
  return { project: str(o, 'project'), environment: str(o, 'environment'), flag: str(o, 'flag') };
}

async function get(ctx: ProviderContext, ids: ReturnType<typeof idsOf>) {
  const res = await ctx.api.getFlagConfig({
    path: { project: ids.project, env: ids.environment, flag: ids.flag },
  });
  return { config: res.data, version: versionOf(res.headers) };
}

/** Engine validation of the configuration; `variations` unknown means indexes are not checked yet. */
function check(
  config: FlagConfig,
  flag: { key: string; variations: readonly unknown[] },
  segments?: Record<string, unknown>,
): Diagnostic[] {
  const result = validateFlagConfig(config, flag, segments ? { segments } : {});
  if (result.ok) return [];
  return result.issues.map((i) =>
    error('Invalid flag configuration', i.message, pathFromAccessor(i.path, SETS)),
  );
}

/**
 * What the engine can check before apply: unknown or left-out `on`, `off_variation` and `fallthrough`
 * become harmless placeholders (index 0 always exists); unknown targets, rules or prerequisites mean
 * there is nothing to check yet (null).
 */
function probeOf(o: ObjectValue): Targeting | null {
  if (hasUnknown(o.rules) || hasUnknown(o.targets) || hasUnknown(o.prerequisites)) return null;
  const t = pick(o);
  return {
    ...t,
    on: t.on === true,
    off_variation: typeof t.off_variation === 'number' ? t.off_variation : 0,
    fallthrough:
      t.fallthrough && !hasUnknown(t.fallthrough) ? t.fallthrough : { variation: 0, rollout: null },
    targets: t.targets ?? [],
    rules: t.rules ?? [],
    prerequisites: t.prerequisites ?? [],
  };
}

const ANY_INDEX = { length: Number.MAX_SAFE_INTEGER } as unknown as readonly unknown[];

async function write(
  ctx: ProviderContext,
  planned: ObjectValue,
  prior: ObjectValue | null,
  version: number | undefined,
): Promise<Stored> {
  const ids = idsOf(planned);
  const path = { project: ids.project, env: ids.environment, flag: ids.flag };
  const keep = prior ? ignored(planned) : new Set<string>();
  // A field the configuration leaves out (off_variation, fallthrough) keeps what ff holds; so does an
  // ignored field the configuration did not change.
  const fromApi = TARGETING_FIELDS.filter(
    (f) =>
      planned[f] === Unknown ||
      (keep.has(f) && prior !== null && equal(attributeType(attributes[f]!), prior[f], planned[f])),
  );
  let body = pick(planned);
  if (fromApi.length > 0 || version === undefined) {
    // The If-Match of this read keeps a concurrent change from being lost.
    const current = await get(ctx, ids);
    const api = fromApiConfig(current.config);
    version = current.version;
    body = { ...body };
    for (const f of fromApi) (body as unknown as Record<string, Value>)[f] = api[f];
  }
  const res = await ctx.api.replaceFlagConfig({
    path,
    body: toApiConfig(body),
    headers: { 'If-Match': `"${version}"` },
  });
  return toState(ids, fromApiConfig(res.data), planned, versionOf(res.headers));
}

export const flagEnvironmentResource: ResourceType = {
  schema: flagEnvironmentSchema,
  validate(config) {
    const list: Diagnostic[] = [];
    for (const f of strings(config.ignore_changes_to))
      if (!(TARGETING_FIELDS as readonly string[]).includes(f))
        list.push(
          error('Invalid ignore_changes_to', `"${f}" is not one of ${TARGETING_FIELDS.join(', ')}.`, [
            'ignore_changes_to',
          ]),
        );
    const serves: [ObjectValue, (string | number)[]][] = [];
    if (config.fallthrough && typeof config.fallthrough === 'object')
      serves.push([config.fallthrough as ObjectValue, ['fallthrough']]);
    objects(config.rules).forEach((r, i) => {
      if (r.serve && typeof r.serve === 'object')
        serves.push([r.serve as ObjectValue, ['rules', i, 'serve']]);
      objects(r.clauses).forEach((c, j) => {
        if (typeof c.value_type === 'string' && !(VALUE_TYPES as readonly string[]).includes(c.value_type))
          list.push(
            error('Invalid value_type', `"${c.value_type}" is not one of ${VALUE_TYPES.join(', ')}.`, [
              'rules',
              i,
              'clauses',
              j,
              'value_type',
            ]),
          );
      });
    });
    for (const [serve, at] of serves)
      if ((serve.variation === null) === (serve.rollout === null || serve.rollout === undefined))
        list.push(error('Invalid serve', 'Set exactly one of `variation` and `rollout`.', at));
    if (list.length > 0) return list;
    // The engine checks the rest (operators, regexes, weights summing to 100000, rule ids) once known.
    const probe = probeOf(config);
    if (!probe) return list;
    return check(toApiConfig(probe), {
      key: typeof config.flag === 'string' ? config.flag : '',
      variations: ANY_INDEX,
    });
  },
  async plan(ctx, planned, prior) {
    // Against the API only when something will be written: variation indexes (when the flag exists
    // already) and segments named by segmentMatch clauses.
    const probe = probeOf(planned);
    if (!ctx || !probe || typeof planned.flag !== 'string' || typeof planned.project !== 'string') return [];
    if (
      prior &&
      TARGETING_FIELDS.every(
        (f) =>
          equal(attributeType(attributes[f]!), prior[f], planned[f]) ||
          sameTargeting(f, prior[f], planned[f]),
      )
    )
      return [];
    const ids = idsOf(planned);
    const flagRes = await orGone(() => ctx.api.getFlag({ path: { project: ids.project, flag: ids.flag } }));
    const config = toApiConfig(probe);
    const list = check(config, { key: ids.flag, variations: flagRes ? flagRes.data.variations : ANY_INDEX });
    for (const key of segmentsNamed(config.rules)) {
      const found = await orGone(() => ctx.api.getSegment({ path: { project: ids.project, segment: key } }));
      if (!found)
        list.push({
          severity: 'warning',
          summary: `Segment "${key}" does not exist yet`,
          detail:
            'The apply fails unless it is created first (reference ff_segment.<name>.key so Terraform orders them).',
          path: ['rules'],
        });
    }
    return list;
  },
  create: (ctx, planned) => write(ctx, planned, null, undefined),
  async read(ctx, state, priv) {
    const ids = idsOf(state);
    const found = await orGone(() => get(ctx, ids));
    if (!found) return null;
    const stored = toState(ids, fromApiConfig(found.config), state, found.version);
    // With ignored fields the version moves under us; otherwise the one Terraform saw is what updates check.
    return ignored(state).size > 0 ? stored : { ...stored, private: { ...priv, version: found.version } };
  },
  update: (ctx, prior, planned, priv) => write(ctx, planned, prior, priv.version),
  async delete(ctx, prior) {
    // The configuration lives as long as the flag: "destroy" turns it off and clears its targeting.
    const ids = idsOf(prior);
    try {
      const current = await get(ctx, ids);
      await ctx.api.replaceFlagConfig({
        path: { project: ids.project, env: ids.environment, flag: ids.flag },
        body: {
          on: false,
          offVariation: current.config.offVariation,
          fallthrough: current.config.fallthrough,
          targets: [],
          rules: [],
          prerequisites: [],
        },
        headers: { 'If-Match': `"${current.version}"` },
      });
    } catch (thrown) {
      if (!isGone(thrown)) throw thrown;
    }
  },
  async import(ctx, id) {
    const [project, environment, flag] = importParts(id, 'project/env/flag');
    const ids = { project: project!, environment: environment!, flag: flag! };
    const found = await get(ctx, ids);
    return toState(ids, fromApiConfig(found.config), null, found.version);
  },
};
