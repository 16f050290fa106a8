// The one evaluator. `evaluate`, `evaluateAll` and `explain` all run this function; `explain` only
// passes a Trace to watch it. Evaluation order is ARCHITECTURE "Evaluation order", step by step.

import { bucketableValue, bucketForPrefix } from './bucket.ts';
import type { CompiledFlag, CompiledServe } from './compile-flag.ts';
import { readKey } from './context.ts';
import type { Context } from './context.ts';
import type { CompiledClause } from './operators.ts';
import type { EvaluationResult, Json } from './types.ts';

/**
 * Hooks that observe one evaluation step by step (used by `explain`).
 * Performance note: the evaluator calls them through `trace?.…`, so without a trace they cost one
 * comparison each and allocate nothing.
 */
export interface Trace {
  prerequisite(key: string, required: number, result: EvaluationResult | undefined, passed: boolean): void;
  target(index: number, matched: boolean): void;
  clause(ruleIndex: number, clauseIndex: number, matched: boolean): void;
  rule(ruleIndex: number, matched: boolean): void;
  bucket(bucketBy: string, value: string | undefined, bucket: number | undefined): void;
}

function error(defaultValue: Json, message: string): EvaluationResult {
  return { value: defaultValue, reason: 'ERROR', errorCode: 'GENERAL', errorMessage: message };
}

function malformed(flag: CompiledFlag, defaultValue: Json): EvaluationResult {
  return error(defaultValue, `flag "${flag.key}" refers to a variation it does not have`);
}

function serve(
  flag: CompiledFlag,
  s: CompiledServe,
  context: Context,
  defaultValue: Json,
  trace: Trace | undefined,
) {
  const rollout = s.rollout;
  if (rollout === undefined) return s.fixed ?? malformed(flag, defaultValue);
  const n = rollout.results.length;
  if (n === 0) return malformed(flag, defaultValue);
  const value = bucketableValue(rollout.read(context));
  if (value === undefined) {
    trace?.bucket(rollout.bucketBy, undefined, undefined);
    return rollout.results[n - 1] ?? malformed(flag, defaultValue);
  }
  const bucket = bucketForPrefix(rollout.prefix, value);
  trace?.bucket(rollout.bucketBy, value, bucket);
  const cumulative = rollout.cumulative;
  // Weights that sum short of 100000 (never written by our API, tolerated from others) give the
  // uncovered buckets to the last entry, like a missing bucketBy attribute.
  let i = 0;
  while (i < n - 1 && bucket >= (cumulative[i] as number)) i++;
  return rollout.results[i] ?? malformed(flag, defaultValue);
}

function rulesMatch(
  clauses: readonly CompiledClause[],
  ruleIndex: number,
  context: Context,
  trace: Trace | undefined,
) {
  for (let i = 0; i < clauses.length; i++) {
    const ok = (clauses[i] as CompiledClause).test(context);
    trace?.clause(ruleIndex, i, ok);
    if (!ok) return false;
  }
  return true;
}

/**
 * Evaluates a compiled flag. Never throws for any context; allocation-free unless the result is an
 * error. Prerequisites are evaluated recursively; compile time guarantees the recursion is acyclic
 * and at most MAX_PREREQUISITE_DEPTH deep.
 */
export function evaluateFlag(
  flags: ReadonlyMap<string, CompiledFlag>,
  flag: CompiledFlag,
  context: Context,
  defaultValue: Json,
  trace: Trace | undefined,
): EvaluationResult {
  if (flag.error !== undefined) return error(defaultValue, flag.error);
  if (!flag.on) return flag.off ?? malformed(flag, defaultValue);

  const prerequisites = flag.prerequisites;
  for (let i = 0; i < prerequisites.length; i++) {
    const pre = prerequisites[i]!;
    const preFlag = flags.get(pre.key);
    // A prerequisite passes when its flag exists, is on, and serves the required variation
    // (whatever the reason, as long as it is not an error).
    let result: EvaluationResult | undefined;
    let passed = false;
    if (preFlag !== undefined && preFlag.error === undefined && preFlag.on) {
      result = evaluateFlag(flags, preFlag, context, null, undefined);
      passed = result.variationIndex === pre.variation;
    }
    trace?.prerequisite(pre.key, pre.variation, result, passed);
    if (!passed) return pre.failed ?? malformed(flag, defaultValue);
  }

  const targets = flag.targets;
  const key = targets.length === 0 ? undefined : readKey(context);
  if (typeof key === 'string') {
    for (let i = 0; i < targets.length; i++) {
      const target = targets[i]!;
      const matched = target.values.has(key);
      trace?.target(i, matched);
      if (matched) return target.result ?? malformed(flag, defaultValue);
    }
  }

  const rules = flag.rules;
  if (trace === undefined) {
    // Performance note: matchRules is the same rules compiled to one generated function
    // (codegen.ts); with a trace, the loop below runs them clause by clause for `explain`.
    const i = rules.length === 0 ? -1 : flag.matchRules(context);
    if (i >= 0) return serve(flag, rules[i]!.serve, context, defaultValue, undefined);
  } else {
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      const matched = rulesMatch(rule.clauses, i, context, trace);
      trace.rule(i, matched);
      if (matched) return serve(flag, rule.serve, context, defaultValue, trace);
    }
  }

  return serve(flag, flag.fallthrough, context, defaultValue, trace);
}
