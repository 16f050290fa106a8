// Compiling one flag: its serves (fixed variations and rollouts), targets, prerequisites and rules, into
// closures and frozen results. Performance note: every result a flag can produce without an error is
// built here, frozen, and returned as is by evaluate(), so a successful evaluation allocates nothing.
// The ruleset around it (depths, segments, swapping one flag in place) is ./compile.ts.
import { attributeReader, ruleMatcher } from './codegen.ts';
import type { AttributeReader, RuleMatcher } from './codegen.ts';
import { compileClause, NEVER_CLAUSE } from './operators.ts';
import type { CompiledClause } from './operators.ts';
import type { CompiledSegments } from './segments.ts';
import type { EvaluationResult, Json, Reason } from './types.ts';

/** What a rule or the fallthrough serves, compiled. An `undefined` result marks a bad variation index. */
export interface CompiledServe {
  /** Set when serving one variation. */
  readonly fixed: EvaluationResult | undefined;
  /** Set when serving a rollout. */
  readonly rollout:
    | {
        readonly bucketBy: string;
        /** Reads the bucketBy attribute (generated per attribute, see codegen.ts). */
        readonly read: AttributeReader;
        /** `<salt>:`, built once. */
        readonly prefix: string;
        /** Cumulative weights, in the order written. */
        readonly cumulative: readonly number[];
        /** The result for each weight entry, aligned with `cumulative`. */
        readonly results: readonly (EvaluationResult | undefined)[];
      }
    | undefined;
}

/** A flag rule, compiled. */
export interface CompiledRule {
  readonly id: string | undefined;
  readonly clauses: readonly CompiledClause[];
  readonly serve: CompiledServe;
}

/** Public facts about a compiled flag. */
export interface FlagInfo {
  readonly key: string;
  readonly kind: string | undefined;
  readonly clientSide: boolean;
  readonly version: number | undefined;
  readonly variations: readonly { readonly name: string | undefined; readonly value: Json }[];
}

/** A flag ready for evaluation. */
export interface CompiledFlag extends FlagInfo {
  /** When set, the flag is unusable (prerequisite cycle, too deep, malformed) and evaluates to ERROR. */
  readonly error: string | undefined;
  readonly on: boolean;
  readonly off: EvaluationResult | undefined;
  readonly prerequisites: readonly {
    readonly key: string;
    readonly variation: number;
    readonly failed: EvaluationResult | undefined;
  }[];
  readonly targets: readonly {
    readonly values: ReadonlySet<string>;
    readonly result: EvaluationResult | undefined;
  }[];
  readonly rules: readonly CompiledRule[];
  /** The index of the first rule that matches a context, or -1: `rules`, compiled once more (see codegen.ts). */
  readonly matchRules: RuleMatcher;
  readonly fallthrough: CompiledServe;
}

export type Raw = Record<string, unknown>;

export function asObject(v: unknown): Raw {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {};
}

export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function isIndex(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Builds and memoizes a flag's frozen results, one per (variation, reason, rule, prerequisite). */
function resultFactory(variations: FlagInfo['variations']) {
  const cache = new Map<string, EvaluationResult>();
  return (
    index: unknown,
    reason: Reason,
    detail: { ruleId?: string | undefined; ruleIndex?: number; prerequisiteKey?: string } = {},
  ): EvaluationResult | undefined => {
    if (!isIndex(index) || index >= variations.length) return undefined;
    const cacheKey = JSON.stringify([index, reason, detail.ruleIndex, detail.ruleId, detail.prerequisiteKey]);
    const cached = cache.get(cacheKey);
    if (cached !== undefined) return cached;
    const variation = variations[index]!;
    const result: { -readonly [K in keyof EvaluationResult]: EvaluationResult[K] } =
      variation.name === undefined
        ? { value: variation.value, variationIndex: index, reason }
        : { value: variation.value, variationIndex: index, variant: variation.name, reason };
    if (detail.ruleId !== undefined) result.ruleId = detail.ruleId;
    if (detail.ruleIndex !== undefined) result.ruleIndex = detail.ruleIndex;
    if (detail.prerequisiteKey !== undefined) result.prerequisiteKey = detail.prerequisiteKey;
    const frozen = Object.freeze(result);
    cache.set(cacheKey, frozen);
    return frozen;
  };
}

function compileServe(
  raw: unknown,
  flagKey: string,
  make: ReturnType<typeof resultFactory>,
  fixedReason: Reason,
  detail: { ruleId?: string | undefined; ruleIndex?: number },
  generate: boolean,
): CompiledServe {
  const serve = asObject(raw);
  if (serve.rollout === undefined)
    return { fixed: make(serve.variation, fixedReason, detail), rollout: undefined };
  const rollout = asObject(serve.rollout);
  const bucketBy = typeof rollout.bucketBy === 'string' ? rollout.bucketBy : 'key';
  const salt = typeof rollout.salt === 'string' ? rollout.salt : flagKey;
  const cumulative: number[] = [];
  const results: (EvaluationResult | undefined)[] = [];
  let total = 0;
  for (const w of asArray(rollout.weights)) {
    const entry = asObject(w);
    const weight =
      typeof entry.weight === 'number' && Number.isFinite(entry.weight) ? Math.max(0, entry.weight) : 0;
    total += weight;
    cumulative.push(total);
    results.push(make(entry.variation, 'SPLIT', detail));
  }
  const read = attributeReader(bucketBy, generate);
  return { fixed: undefined, rollout: { bucketBy, read, prefix: `${salt}:`, cumulative, results } };
}

function compileFlag(
  key: string,
  raw: Raw,
  segments: CompiledSegments,
  error: string | undefined,
  generate: boolean,
): CompiledFlag {
  const variations = deepFreeze(
    asArray(raw.variations).map((v) => {
      const variation = asObject(v);
      const value = variation.value === undefined ? null : (structuredClone(variation.value) as Json);
      return { name: typeof variation.name === 'string' ? variation.name : undefined, value };
    }),
  );
  const info: FlagInfo = {
    key,
    kind: typeof raw.kind === 'string' ? raw.kind : undefined,
    clientSide: raw.clientSide === true,
    version: typeof raw.version === 'number' ? raw.version : undefined,
    variations,
  };
  const config = asObject(raw.config);
  const make = resultFactory(variations);
  const prerequisites = asArray(config.prerequisites).map((p) => {
    const pre = asObject(p);
    const preKey = typeof pre.flag === 'string' ? pre.flag : '';
    const variation = isIndex(pre.variation) ? pre.variation : -1;
    return {
      key: preKey,
      variation,
      failed: make(config.offVariation, 'PREREQUISITE_FAILED', { prerequisiteKey: preKey }),
    };
  });
  const targets = asArray(config.targets).map((t) => {
    const target = asObject(t);
    const values = new Set(asArray(target.values).filter((v): v is string => typeof v === 'string'));
    return { values, result: make(target.variation, 'TARGETING_MATCH') };
  });
  const rules = asArray(config.rules).map((r, ruleIndex): CompiledRule => {
    const rule = asObject(r);
    const id = typeof rule.id === 'string' ? rule.id : undefined;
    const clauses = Array.isArray(rule.clauses)
      ? rule.clauses.map((c: unknown) => compileClause(c, segments.resolve))
      : [NEVER_CLAUSE];
    return {
      id,
      clauses,
      serve: compileServe(rule.serve, key, make, 'TARGETING_MATCH', { ruleId: id, ruleIndex }, generate),
    };
  });
  return {
    ...info,
    error,
    on: config.on === true,
    off: make(config.offVariation, 'DISABLED'),
    prerequisites,
    targets,
    rules,
    matchRules: ruleMatcher(
      rules.map((r) => r.clauses),
      generate,
    ),
    fallthrough: compileServe(config.fallthrough, key, make, 'DEFAULT', {}, generate),
  };
}

function brokenFlag(key: string, error: string): CompiledFlag {
  const none: CompiledServe = { fixed: undefined, rollout: undefined };
  return {
    key,
    kind: undefined,
    clientSide: false,
    version: undefined,
    variations: [],
    error,
    on: false,
    off: undefined,
    prerequisites: [],
    targets: [],
    rules: [],
    matchRules: () => -1,
    fallthrough: none,
  };
}

export function compileOrBreak(
  key: string,
  raw: Raw,
  segments: CompiledSegments,
  error: string | undefined,
  generate: boolean,
): CompiledFlag {
  try {
    return compileFlag(key, raw, segments, error, generate);
  } catch (e) {
    return brokenFlag(key, `flag could not be compiled: ${e instanceof Error ? e.message : String(e)}`);
  }
}
