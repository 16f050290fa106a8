// Small builders for flags, rulesets and contexts, shared by the unit tests, the property tests and
// the vector generator. They build plain JSON, exactly what the API would serve.

import type {
  Clause,
  FlagConfig,
  Json,
  Rule,
  Ruleset,
  RulesetFlag,
  Segment,
  Serve,
  Variation,
} from '../src/index.ts';

/** The two variations of a boolean flag: index 0 serves true, index 1 false. */
export const BOOL: Variation[] = [
  { name: 'on', value: true },
  { name: 'off', value: false },
];

/** Variations used by the operator tables: 0 = "match", 1 = "no-match". */
export const MATCH: Variation[] = [
  { name: 'match', value: 'match' },
  { name: 'no-match', value: 'no-match' },
];

/** A flag entry of a ruleset. Defaults: boolean, on, off variation 1, fallthrough variation 0. */
export function flag(
  key: string,
  config: Partial<FlagConfig> = {},
  options: { kind?: RulesetFlag['kind']; variations?: Variation[]; clientSide?: boolean } = {},
): RulesetFlag {
  const variations = options.variations ?? BOOL;
  const kind = options.kind ?? (variations === BOOL ? 'boolean' : 'string');
  const entry: RulesetFlag = {
    key,
    kind,
    variations,
    config: {
      on: true,
      offVariation: 1,
      prerequisites: [],
      targets: [],
      rules: [],
      fallthrough: { variation: 0 },
      ...config,
    },
  };
  if (options.clientSide !== undefined) entry.clientSide = options.clientSide;
  return entry;
}

/** A ruleset from flag and segment entries. */
export function ruleset(flags: RulesetFlag[], segments: Segment[] = []): Ruleset {
  return {
    flags: Object.fromEntries(flags.map((f) => [f.key, f])),
    segments: Object.fromEntries(segments.map((s) => [s.key, s])),
  };
}

/** A clause. `op` is a plain string so tests can build unknown operators. */
export function clause(attribute: string, op: string, values: unknown[], negate = false): Clause {
  const c = { attribute, op, values } as unknown as Clause;
  if (negate) c.negate = true;
  return c;
}

/** A rule serving a variation index or a Serve. */
export function rule(id: string, clauses: Clause[], serve: number | Serve = 0): Rule {
  return { id, clauses, serve: typeof serve === 'number' ? { variation: serve } : serve };
}

/** A rollout serve from `[variation, weight]` pairs. */
export function rollout(
  weights: [number, number][],
  options: { bucketBy?: string; salt?: string } = {},
): Serve {
  return { rollout: { ...options, weights: weights.map(([variation, weight]) => ({ variation, weight })) } };
}

/** A segment. */
export function segment(
  key: string,
  parts: { included?: string[]; excluded?: string[]; rules?: Clause[][] } = {},
): Segment {
  return {
    key,
    included: parts.included ?? [],
    excluded: parts.excluded ?? [],
    rules: (parts.rules ?? []).map((clauses) => ({ clauses })),
  };
}

/** A context with a key and attributes. */
export function ctx(key: string, attributes: Record<string, Json> = {}): Record<string, Json> {
  return { key, ...attributes };
}
