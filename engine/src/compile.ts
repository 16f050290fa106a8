// Compilation turns a ruleset (untrusted JSON from the network) into closures and lookup tables,
// once, so that evaluation is a few Map/Set lookups and comparisons. Each flag is compiled by
// ./compile-flag.ts; this module holds the ruleset around them (prerequisite depths, segments, swapping
// one flag or segment in place).
import { toContext } from './context.ts';
import type { ContextInput } from './context.ts';
import { evaluateFlag } from './evaluate.ts';
import { explainFlag } from './explain.ts';
import type { Explanation } from './explain.ts';
import { chainDepths, segmentReferences } from './graph.ts';
import type { Ruleset } from './ruleset-schema.ts';
import { compileSegments, recompileSegment } from './segments.ts';
import type { CompiledSegments } from './segments.ts';
import { MAX_PREREQUISITE_DEPTH } from './types.ts';
import type { EvaluationResult, Json } from './types.ts';
import { asArray, asObject, compileOrBreak } from './compile-flag.ts';
import type { CompiledFlag, FlagInfo, Raw } from './compile-flag.ts';

export type { CompiledFlag, CompiledRule, CompiledServe, FlagInfo } from './compile-flag.ts';

/** Options for {@link compileRuleset}. */
export interface CompileOptions {
  /**
   * Whether to generate JavaScript for rule matching (`new Function`), which is several times
   * faster. Default `true`; where code generation is forbidden (a CSP,
   * `--disallow-code-generation-from-strings`) the engine falls back to closures by itself.
   * Results are the same either way.
   */
  readonly generateCode?: boolean;
}

/** A filter for {@link CompiledRuleset.evaluateAll}, e.g. `(f) => f.clientSide`. */
export type FlagFilter = (flag: FlagInfo) => boolean;

/** How deep each flag's prerequisite chain goes (see chainDepths), from the flags as given. */
function flagDepths(raw: ReadonlyMap<string, Raw>): Map<string, number> {
  return chainDepths([...raw.keys()], (k) => prerequisiteKeys(raw.get(k)!));
}

function prerequisiteKeys(raw: Raw): string[] {
  return asArray(asObject(raw.config).prerequisites).map((p) => String(asObject(p).flag));
}

function depthError(depth: number): string | undefined {
  return depth === Infinity
    ? 'prerequisites lead into a cycle'
    : depth > MAX_PREREQUISITE_DEPTH
      ? `prerequisites nest deeper than ${MAX_PREREQUISITE_DEPTH}`
      : undefined;
}

/**
 * A compiled ruleset: evaluate flags against contexts, many times, fast.
 * Build one with {@link compileRuleset}. When one flag or segment changes (a stream patch), swap it in
 * with {@link CompiledRuleset.setFlag} / {@link CompiledRuleset.setSegment}: only what the change can
 * affect is compiled again, and the result evaluates exactly like a ruleset compiled afresh.
 */
export class CompiledRuleset {
  #version: number | undefined;
  readonly #flags: Map<string, CompiledFlag>;
  #segments: CompiledSegments;
  /** The flags as given, and their prerequisite depths: what a swap recompiles from. */
  readonly #raw: Map<string, Raw>;
  #depths: Map<string, number>;
  readonly #generate: boolean;

  /** Use {@link compileRuleset}. */
  constructor(
    flags: Map<string, CompiledFlag>,
    segments: CompiledSegments,
    version: number | undefined,
    raw: Map<string, Raw> = new Map(),
    depths: Map<string, number> = new Map(),
    generate = true,
  ) {
    this.#flags = flags;
    this.#segments = segments;
    this.#version = version;
    this.#raw = raw;
    this.#depths = depths;
    this.#generate = generate;
  }

  /** The ruleset's `version` as received (or as last set by a swap), if any. */
  get version(): number | undefined {
    return this.#version;
  }

  /**
   * Replaces the flag `key` with `flag` (a ruleset flag, added when new), or removes it (`undefined`), in
   * place, and sets the ruleset's version to `version` when given. Only this flag is compiled again; when
   * its prerequisites change (or it appears or goes), the others' cycle and depth errors are re-derived
   * from the prerequisite graph, without recompiling them. Not for use while an evaluation runs (none
   * can: evaluation is synchronous).
   */
  setFlag(key: string, flag: unknown, version?: number): void {
    const before = this.#raw.get(key);
    const raw = flag === undefined ? undefined : asObject(flag);
    const graphChanged =
      (before === undefined) !== (raw === undefined) ||
      JSON.stringify(before === undefined ? [] : prerequisiteKeys(before)) !==
        JSON.stringify(raw === undefined ? [] : prerequisiteKeys(raw));
    if (raw === undefined) {
      this.#raw.delete(key);
      this.#flags.delete(key);
    } else {
      this.#raw.set(key, raw);
    }
    if (graphChanged) {
      const depths = flagDepths(this.#raw);
      for (const [k, compiled] of this.#flags) {
        if (k === key || compiled.error?.startsWith('flag could not be compiled') === true) continue;
        const error = depthError(depths.get(k) ?? 0);
        if (error !== compiled.error) this.#flags.set(k, { ...compiled, error });
      }
      this.#depths = depths;
    }
    if (raw !== undefined) {
      const error = depthError(this.#depths.get(key) ?? 0);
      this.#flags.set(key, compileOrBreak(key, raw, this.#segments, error, this.#generate));
    }
    if (version !== undefined) this.#version = version;
  }

  /**
   * Replaces the segment `key` with `segment` (added when new), or removes it (`undefined`), in place,
   * and sets the ruleset's version to `version` when given. That segment, the segments whose rules reach
   * it, and the flags whose rules name any of them are compiled again; nothing else.
   */
  setSegment(key: string, segment: unknown, version?: number): void {
    const { segments, changed } = recompileSegment(this.#segments, key, segment, this.#generate);
    this.#segments = segments;
    for (const [k, raw] of this.#raw) {
      const config = asObject(raw.config);
      if (!segmentReferences(config).some((s) => changed.has(s))) continue;
      const error = depthError(this.#depths.get(k) ?? 0);
      this.#flags.set(k, compileOrBreak(k, raw, segments, error, this.#generate));
    }
    if (version !== undefined) this.#version = version;
  }

  /**
   * Evaluates one flag for one context. Never throws: an unknown flag returns `defaultValue` with
   * reason `ERROR` and errorCode `FLAG_NOT_FOUND`; a malformed one `ERROR`/`GENERAL`.
   * A string context means `{ key: string }`; null or other non-objects mean the empty context.
   * Successful results are shared frozen objects: read them, do not mutate them.
   */
  evaluate(
    flagKey: string,
    context: ContextInput | null | undefined,
    defaultValue: Json = null,
  ): EvaluationResult {
    const flag = this.#flags.get(flagKey);
    if (flag === undefined) {
      return {
        value: defaultValue,
        reason: 'ERROR',
        errorCode: 'FLAG_NOT_FOUND',
        errorMessage: `unknown flag "${flagKey}"`,
      };
    }
    // The evaluator is written not to throw on any JSON; this guard covers what JSON cannot carry
    // (throwing getters, proxies) so the public promise holds for any input.
    try {
      return evaluateFlag(this.#flags, flag, toContext(context), defaultValue, undefined);
    } catch (e) {
      const message = `evaluation failed: ${e instanceof Error ? e.message : String(e)}`;
      return { value: defaultValue, reason: 'ERROR', errorCode: 'GENERAL', errorMessage: message };
    }
  }

  /** Evaluates every flag (or those `filter` accepts), keyed by flag key; errors carry `null` as value. */
  evaluateAll(
    context: ContextInput | null | undefined,
    filter?: FlagFilter,
  ): Record<string, EvaluationResult> {
    const ctx = toContext(context);
    const out: Record<string, EvaluationResult> = {};
    for (const [key, flag] of this.#flags) {
      if (filter !== undefined && !filter(flag)) continue;
      out[key] = this.evaluate(key, ctx, null);
    }
    return out;
  }

  /**
   * Evaluates one flag and records why: prerequisites, targets, each rule and clause tried (with the
   * attribute values seen), segment membership and rollout buckets. Slower than `evaluate` (it
   * allocates), but runs the very same evaluator. Used by `ff eval --explain`.
   */
  explain(flagKey: string, context: ContextInput | null | undefined, defaultValue: Json = null): Explanation {
    return explainFlag(this.#flags, this.#segments, flagKey, toContext(context), defaultValue);
  }

  /** Whether the ruleset has a flag with this key. */
  has(flagKey: string): boolean {
    return this.#flags.has(flagKey);
  }

  /** The keys of all flags, in ruleset order. */
  keys(): string[] {
    return [...this.#flags.keys()];
  }

  /** Public facts about one flag (kind, variations, clientSide), or `undefined` if unknown. */
  flag(flagKey: string): FlagInfo | undefined {
    const flag = this.#flags.get(flagKey);
    if (flag === undefined) return undefined;
    const { key, kind, clientSide, version, variations } = flag;
    return { key, kind, clientSide, version, variations };
  }
}

/**
 * Compiles a ruleset for evaluation. Accepts what the server sends without re-validating it, and
 * never throws: unknown operators and unusable values make their clause not match, a flag whose
 * prerequisites lead into a cycle or nest deeper than {@link MAX_PREREQUISITE_DEPTH} evaluates to
 * `ERROR`, and a flag that cannot be compiled at all evaluates to `ERROR`/`GENERAL`.
 * Unknown fields are ignored, so older engines can read newer rulesets.
 */
export function compileRuleset(ruleset: Ruleset | unknown, options: CompileOptions = {}): CompiledRuleset {
  const generate = options.generateCode !== false;
  const doc = asObject(ruleset);
  const segments = compileSegments(doc.segments, generate);
  const rawFlags = new Map<string, Raw>();
  for (const [key, value] of Object.entries(asObject(doc.flags))) rawFlags.set(key, asObject(value));
  const depths = flagDepths(rawFlags);
  const flags = new Map<string, CompiledFlag>();
  for (const [key, raw] of rawFlags) {
    flags.set(key, compileOrBreak(key, raw, segments, depthError(depths.get(key) ?? 0), generate));
  }
  const version = typeof doc.version === 'number' ? doc.version : undefined;
  return new CompiledRuleset(flags, segments, version, rawFlags, depths, generate);
}
