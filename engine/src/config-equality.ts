// Configuration normalization and equality: when two flag configurations configure the same targeting.
// The API (environment compare, no-op writes), the CLI (`ff plan`, and `ff envs compare` through the
// API) and the Terraform provider (plan, state) all ask this one question, so it is answered here once.
// Dependency-free (canonical-json only), so the CLI loads it without the evaluator.
//
// Spellings with one meaning are made equal: an absent list and `[]` (the engine reads absent as
// empty), a rollout without `bucketBy` and `bucketBy: "key"`, `negate: false` and no `negate`, a rule
// description `""` and none. Everything else counts, in order: targets and rules are tried in order,
// and a clause's values, a target's keys and prerequisites are compared as written.

import { canonicalJson } from './canonical-json.ts';

/** The top-level fields of a flag configuration, in the order comparisons report them. */
export const CONFIG_FIELDS = [
  'on',
  'offVariation',
  'prerequisites',
  'targets',
  'rules',
  'fallthrough',
] as const;
/** A top-level field of a flag configuration. */
export type ConfigField = (typeof CONFIG_FIELDS)[number];

const LIST_FIELDS: ReadonlySet<string> = new Set(['prerequisites', 'targets', 'rules']);

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A serve with its rollout's `bucketBy` spelled out ("key" when absent). */
export function normalizeServe(serve: unknown): unknown {
  if (!isObject(serve) || !isObject(serve.rollout)) return serve;
  return { ...serve, rollout: { ...serve.rollout, bucketBy: serve.rollout.bucketBy ?? 'key' } };
}

/** Clauses without `negate: false` (no negation either way). */
export function normalizeClauses(clauses: unknown): unknown {
  if (!Array.isArray(clauses)) return clauses;
  return clauses.map((c: unknown) => {
    if (!isObject(c) || c.negate !== false) return c;
    const { negate: _negate, ...rest } = c;
    return rest;
  });
}

/**
 * Flag or segment rules normalized: clauses by {@link normalizeClauses}, serves by
 * {@link normalizeServe}, an empty or absent description dropped.
 */
export function normalizeRules(rules: unknown): unknown {
  if (!Array.isArray(rules)) return rules;
  return rules.map((rule: unknown) => {
    if (!isObject(rule)) return rule;
    const out: Loose = { ...rule, clauses: normalizeClauses(rule.clauses) };
    if ('serve' in rule) out.serve = normalizeServe(rule.serve);
    if (out.description === undefined || out.description === '') delete out.description;
    return out;
  });
}

/**
 * One top-level field as written, for showing: an absent list is `[]`, any other absent field and
 * every field of an unconfigured (null) configuration is null.
 */
export function configField(config: Loose | null | undefined, field: ConfigField): unknown {
  if (config === null || config === undefined) return null;
  const value = config[field];
  if (value === undefined || value === null) return LIST_FIELDS.has(field) ? [] : null;
  return value;
}

/**
 * One top-level field as equality sees it. `config` null or undefined means "not configured": every
 * field is then null, so it differs from any configuration.
 */
export function normalizeConfigField(config: Loose | null | undefined, field: ConfigField): unknown {
  const value = configField(config, field);
  if (field === 'fallthrough') return normalizeServe(value);
  if (field === 'rules') return normalizeRules(value);
  return value;
}

/** The configuration's top-level fields, normalized (other keys, such as `version`, are left out). */
export function normalizeConfig(config: Loose | null | undefined): Record<ConfigField, unknown> {
  return Object.fromEntries(CONFIG_FIELDS.map((f) => [f, normalizeConfigField(config, f)])) as Record<
    ConfigField,
    unknown
  >;
}

/** Whether two JSON values are equal, blind to object key order (jsonb does not keep it). */
export function sameJson(a: unknown, b: unknown): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b);
}

/** The top-level fields whose meaning differs between two configurations, in {@link CONFIG_FIELDS} order. */
export function configFieldsThatDiffer(
  a: Loose | null | undefined,
  b: Loose | null | undefined,
): ConfigField[] {
  return CONFIG_FIELDS.filter(
    (field) => !sameJson(normalizeConfigField(a, field), normalizeConfigField(b, field)),
  );
}

/**
 * Whether two configurations configure the same targeting: equal field by field, blind to key order
 * and to the spellings with one meaning listed above. Writing a configuration equal to the current one
 * changes nothing.
 */
export function sameConfig(a: Loose | null | undefined, b: Loose | null | undefined): boolean {
  return configFieldsThatDiffer(a, b).length === 0;
}
