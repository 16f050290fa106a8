// Conversions between ff_flag_environment's attributes and the API's FlagConfig: serves, rollouts,
// clauses (values typed by `value_type`), targets and prerequisites (sets in Terraform, so written in a
// stable order), and rules (a list: their order is evaluation order).
import type { Clause, FlagConfig, FlagEnvironment, Rule, Serve } from '@ff/client';
import type { Json } from '@ff/engine';
import { canonicalJson } from '@ff/engine/canonical-json';
import {
  CLAUSE_VALUE_TYPES,
  clauseValuesFromText,
  clauseValueText,
  clauseValueTypeOf,
} from '@ff/engine/clause-values';
import type { ClauseValueType } from '@ff/engine/clause-values';
import { configFieldsThatDiffer } from '@ff/engine/config-equality';
import type { ConfigField } from '@ff/engine/config-equality';
import { hasUnknown, Unknown } from '../plugin/dynamic.ts';
import type { ObjectValue, Value } from '../plugin/dynamic.ts';
import type { Attributes } from '../plugin/schema.ts';
import { objects, strings } from './common.ts';

// value_type is the engine's clause value typing (@ff/engine/clause-values), the rule the CLI's
// `--clause` uses too, so the same clause text is the same configuration from either.
export const VALUE_TYPES = CLAUSE_VALUE_TYPES;

const rolloutAttributes: Attributes = {
  bucket_by: {
    type: 'string',
    optional: true,
    default: 'key',
    description: 'The context attribute users are bucketed by. Defaults to `key`.',
  },
  salt: {
    type: 'string',
    optional: true,
    description: 'Bucketing salt; defaults (server-side) to the flag key. Change it to re-shuffle who is in.',
  },
  weights: {
    nested: {
      nesting: 'list',
      attributes: {
        variation: { type: 'number', required: true, description: 'Variation index.' },
        weight: {
          type: 'number',
          required: true,
          description: 'Share in thousandths of a percent (10% is `10000`).',
        },
      },
    },
    required: true,
    description: 'Shares per variation, in order (the order decides who gets what); they sum to 100000.',
  },
};

export const serveAttributes: Attributes = {
  variation: {
    type: 'number',
    optional: true,
    description: 'Serve this variation (index). Set this or `rollout`.',
  },
  rollout: {
    nested: { nesting: 'single', attributes: rolloutAttributes },
    optional: true,
    description: 'Serve a percentage rollout. Set this or `variation`.',
  },
};

export const clauseAttributes: Attributes = {
  attribute: {
    type: 'string',
    required: true,
    description: 'Context attribute (`key`, `email`, `plan`, …; `key` for `segmentMatch`).',
  },
  op: {
    type: 'string',
    required: true,
    description:
      'Operator: `in`, `notIn`, `contains`, `startsWith`, `endsWith`, `matches` (RE2), `lt`, `lte`, `gt`, `gte`, `before`, `after`, `semverEq`, `semverLt`, `semverGt`, `segmentMatch`.',
  },
  values: {
    type: ['list', 'string'],
    required: true,
    description: 'Values to compare with (any of them matches); segment keys for `segmentMatch`.',
  },
  value_type: {
    type: 'string',
    optional: true,
    default: 'auto',
    description:
      'How `values` are sent: `auto` (numbers for `lt`/`lte`/`gt`/`gte`, epoch milliseconds for an integer and ISO-8601 strings otherwise for `before`/`after`, strings for every other operator, so `in` with `"42"` is the string "42"), `string`, `number`, `boolean`, or `json` (each value is JSON). The `ff` CLI types `--clause` values by the same rule. Defaults to `auto`.',
  },
  negate: {
    type: 'bool',
    optional: true,
    default: false,
    description: 'Invert the match. Defaults to `false`.',
  },
};

export function toApiClause(c: ObjectValue): Clause {
  const op = c.op as string;
  const type = typeof c.value_type === 'string' ? c.value_type : 'auto';
  return {
    attribute: c.attribute as string,
    op: op as Clause['op'],
    values: clauseValuesFromText(
      op,
      strings(c.values),
      (VALUE_TYPES as readonly string[]).includes(type) ? (type as ClauseValueType) : 'auto',
    ) as Json[],
    ...(c.negate === true ? { negate: true } : {}),
  };
}

export function fromApiClause(c: Clause): ObjectValue {
  const type = clauseValueTypeOf(c.op, c.values);
  return {
    attribute: c.attribute,
    op: c.op,
    values: (c.values as Json[]).map((v) => (type === 'json' ? canonicalJson(v) : clauseValueText(v))),
    value_type: type,
    negate: c.negate ?? false,
  };
}

export function toApiServe(s: ObjectValue): Serve {
  const rollout = s.rollout;
  if (
    rollout !== null &&
    rollout !== undefined &&
    rollout !== Unknown &&
    typeof rollout === 'object' &&
    !Array.isArray(rollout)
  ) {
    return {
      rollout: {
        bucketBy: typeof rollout.bucket_by === 'string' ? rollout.bucket_by : 'key',
        ...(typeof rollout.salt === 'string' ? { salt: rollout.salt } : {}),
        weights: objects(rollout.weights).map((w) => ({
          variation: w.variation as number,
          weight: w.weight as number,
        })),
      },
    };
  }
  return { variation: s.variation as number };
}

export function fromApiServe(s: Serve): ObjectValue {
  if ('rollout' in s)
    return {
      variation: null,
      rollout: {
        bucket_by: s.rollout.bucketBy ?? 'key',
        salt: s.rollout.salt ?? null,
        weights: s.rollout.weights.map((w) => ({ variation: w.variation, weight: w.weight })),
      },
    };
  return { variation: s.variation, rollout: null };
}

/** The managed parts of the configuration as Terraform values. */
export interface Targeting {
  on: Value;
  off_variation: Value;
  fallthrough: Value;
  targets: Value;
  rules: Value;
  prerequisites: Value;
}

export const TARGETING_FIELDS = [
  'on',
  'off_variation',
  'fallthrough',
  'targets',
  'rules',
  'prerequisites',
] as const;

export function fromApiConfig(c: FlagEnvironment): Targeting {
  return {
    on: c.on,
    off_variation: c.offVariation,
    fallthrough: fromApiServe(c.fallthrough),
    targets: c.targets.map((t) => ({ variation: t.variation, values: [...t.values].sort() })),
    rules: c.rules.map((r) => ({
      id: r.id,
      description: r.description ?? '',
      clauses: r.clauses.map(fromApiClause),
      serve: fromApiServe(r.serve),
    })),
    prerequisites: c.prerequisites.map((p) => ({ flag: p.flag, variation: p.variation })),
  };
}

/** The API configuration for Terraform values (sets written sorted, so the same set is the same body). */
export function toApiConfig(t: Targeting): FlagConfig {
  const byCanonical = <T>(items: T[], key: (item: T) => string) =>
    [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const targets = objects(t.targets).map((o) => ({
    variation: o.variation as number,
    values: strings(o.values).sort(),
  }));
  const prerequisites = objects(t.prerequisites).map((o) => ({
    flag: o.flag as string,
    variation: o.variation as number,
  }));
  return {
    on: t.on === true,
    offVariation: t.off_variation as number,
    fallthrough: toApiServe(t.fallthrough as ObjectValue),
    targets: byCanonical(targets, (x) => `${String(x.variation).padStart(4, '0')}`),
    prerequisites: byCanonical(prerequisites, (x) => x.flag),
    rules: objects(t.rules).map((r): Rule => ({
      id: r.id as string,
      ...(typeof r.description === 'string' && r.description !== '' ? { description: r.description } : {}),
      clauses: objects(r.clauses).map(toApiClause),
      serve: toApiServe(r.serve as ObjectValue),
    })),
  };
}

const API_FIELD: Record<(typeof TARGETING_FIELDS)[number], ConfigField> = {
  on: 'on',
  off_variation: 'offVariation',
  fallthrough: 'fallthrough',
  targets: 'targets',
  rules: 'rules',
  prerequisites: 'prerequisites',
};

// Harmless values for the fields a one-field comparison does not look at.
const NEUTRAL: Targeting = {
  on: false,
  off_variation: 0,
  fallthrough: { variation: 0, rollout: null },
  targets: [],
  rules: [],
  prerequisites: [],
};

/**
 * Whether two Terraform values of one targeting field configure the same thing, by the engine's
 * configuration equality (@ff/engine/config-equality, as the API and `ff plan` judge it): so
 * `value_type = "number"` with `["42"]` and the `auto` the API's `42` reads back as are the same, and
 * no spelling shows a diff that would change nothing. False while either side is not wholly known.
 */
export function sameTargeting(
  field: (typeof TARGETING_FIELDS)[number],
  a: Value | undefined,
  b: Value | undefined,
): boolean {
  const known = (v: Value | undefined): v is Value => v !== null && v !== undefined && !hasUnknown(v);
  if (!known(a) || !known(b)) return false;
  const one = (v: Value) => toApiConfig({ ...NEUTRAL, [field]: v }) as unknown as Record<string, unknown>;
  return !configFieldsThatDiffer(one(a), one(b)).includes(API_FIELD[field]);
}
