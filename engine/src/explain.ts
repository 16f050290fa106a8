// `explain` narrates an evaluation for people (`ff eval --explain`). It does not re-implement any
// rule: it runs the one evaluator with a Trace and annotates what the trace saw.

import type { CompiledFlag } from './compile-flag.ts';
import { getAttribute } from './context.ts';
import type { Context } from './context.ts';
import { evaluateFlag } from './evaluate.ts';
import type { Trace } from './evaluate.ts';
import type { CompiledSegments } from './segments.ts';
import { SEGMENT_EXCLUDED, SEGMENT_INCLUDED, SEGMENT_NO_MATCH } from './segments.ts';
import type { EvaluationResult, Json } from './types.ts';

/** How one clause fared, with the attribute value it saw. */
export interface ClauseExplanation {
  readonly index: number;
  readonly attribute: string;
  readonly op: string;
  readonly negate: boolean;
  readonly values: readonly unknown[];
  /** The attribute value the clause read (undefined when missing). */
  readonly actual: unknown;
  readonly matched: boolean;
  /** Why, when it is not obvious: a missing attribute, an unknown operator, segment membership. */
  readonly note?: string;
}

/** One step of an evaluation, in the order the evaluator took it. */
export type ExplainStep =
  | { readonly step: 'flag'; readonly found: boolean; readonly on?: boolean; readonly error?: string }
  | {
      readonly step: 'prerequisite';
      readonly flag: string;
      readonly requiredVariation: number;
      readonly servedVariation: number | undefined;
      readonly reason: string;
      readonly passed: boolean;
    }
  | { readonly step: 'target'; readonly index: number; readonly key: string; readonly matched: boolean }
  | {
      readonly step: 'rule';
      readonly index: number;
      readonly id: string | undefined;
      readonly matched: boolean;
      /** The clauses evaluated, up to the first that failed (later ones were not evaluated). */
      readonly clauses: ClauseExplanation[];
    }
  | {
      readonly step: 'rollout';
      readonly bucketBy: string;
      /** The bucketed value, or undefined when the attribute is missing (last variation served). */
      readonly value: string | undefined;
      readonly bucket: number | undefined;
    };

/** The result of `explain`: the evaluation result, the steps that led to it, and a one-line summary. */
export interface Explanation {
  readonly flagKey: string;
  readonly result: EvaluationResult;
  readonly steps: readonly ExplainStep[];
  readonly summary: string;
}

function membershipNote(segments: CompiledSegments, values: readonly unknown[], context: Context): string {
  return values
    .map((v) => {
      const segment = typeof v === 'string' ? segments.byKey.get(v) : undefined;
      if (segment === undefined) return `${String(v)}: unknown or broken segment`;
      const m = segment.membership(context);
      if (m === SEGMENT_EXCLUDED) return `${segment.key}: excluded by key`;
      if (m === SEGMENT_INCLUDED) return `${segment.key}: included by key`;
      if (m === SEGMENT_NO_MATCH) return `${segment.key}: no rule matched`;
      const rule = segment.rules[m];
      return `${segment.key}: rule ${m}${rule?.id === undefined ? '' : ` (${rule.id})`} matched`;
    })
    .join('; ');
}

function summarize(flagKey: string, result: EvaluationResult): string {
  const served =
    result.variationIndex === undefined ? 'the default value' : `variation ${result.variationIndex}`;
  const name = result.variant === undefined ? '' : ` "${result.variant}"`;
  switch (result.reason) {
    case 'ERROR':
      return `${flagKey}: error ${result.errorCode ?? ''} (${result.errorMessage ?? ''}), served ${served}`;
    case 'DISABLED':
      return `${flagKey} is off: served the off variation ${result.variationIndex}${name}`;
    case 'PREREQUISITE_FAILED':
      return `${flagKey}: prerequisite ${result.prerequisiteKey} failed: served the off variation ${result.variationIndex}${name}`;
    case 'DEFAULT':
      return `${flagKey}: no target or rule matched: fallthrough served ${served}${name}`;
    default: {
      const from =
        result.ruleIndex === undefined
          ? 'an individual target'
          : `rule ${result.ruleIndex}${result.ruleId === undefined ? '' : ` (${result.ruleId})`}`;
      const how =
        result.reason === 'SPLIT' ? `${result.ruleIndex === undefined ? 'fallthrough ' : ''}rollout` : from;
      return `${flagKey}: ${result.reason === 'SPLIT' && result.ruleIndex !== undefined ? `${from} rollout` : how} served ${served}${name}`;
    }
  }
}

/** Evaluates `flagKey` with a trace and builds its {@link Explanation}. */
export function explainFlag(
  flags: ReadonlyMap<string, CompiledFlag>,
  segments: CompiledSegments,
  flagKey: string,
  context: Context,
  defaultValue: Json,
): Explanation {
  const flag = flags.get(flagKey);
  if (flag === undefined) {
    const result: EvaluationResult = {
      value: defaultValue,
      reason: 'ERROR',
      errorCode: 'FLAG_NOT_FOUND',
      errorMessage: `unknown flag "${flagKey}"`,
    };
    return { flagKey, result, steps: [{ step: 'flag', found: false }], summary: summarize(flagKey, result) };
  }
  const steps: ExplainStep[] = [
    flag.error === undefined
      ? { step: 'flag', found: true, on: flag.on }
      : { step: 'flag', found: true, error: flag.error },
  ];
  let clauses: ClauseExplanation[] = [];
  const key = getAttribute(context, 'key');
  const trace: Trace = {
    prerequisite(preKey, required, result, passed) {
      steps.push({
        step: 'prerequisite',
        flag: preKey,
        requiredVariation: required,
        servedVariation: result?.variationIndex,
        reason: result === undefined ? 'missing or off' : result.reason,
        passed,
      });
    },
    target(index, matched) {
      steps.push({ step: 'target', index, key: String(key), matched });
    },
    clause(ruleIndex, clauseIndex, matched) {
      const c = flag.rules[ruleIndex]!.clauses[clauseIndex]!;
      const actual = c.op === 'segmentMatch' ? undefined : getAttribute(context, c.attribute);
      let note: string | undefined;
      if (!c.usable) note = 'unknown operator or no usable values: never matches';
      else if (c.op === 'segmentMatch') note = membershipNote(segments, c.values, context);
      else if (actual === undefined) note = 'attribute missing: never matches';
      const entry = {
        index: clauseIndex,
        attribute: c.attribute,
        op: c.op,
        negate: c.negate,
        values: c.values,
      };
      clauses.push(note === undefined ? { ...entry, actual, matched } : { ...entry, actual, matched, note });
    },
    rule(index, matched) {
      steps.push({ step: 'rule', index, id: flag.rules[index]!.id, matched, clauses });
      clauses = [];
    },
    bucket(bucketBy, value, bucket) {
      steps.push({ step: 'rollout', bucketBy, value, bucket });
    },
  };
  const result = evaluateFlag(flags, flag, context, defaultValue, trace);
  return { flagKey, result, steps, summary: summarize(flagKey, result) };
}
