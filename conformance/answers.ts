// What a surface answered for one vector, reduced to what the suite compares, and what each surface must
// answer, derived from the compiled engine's result. Every way a surface differs from the engine's result
// is one named rule below, asserted like the rest: none is hidden by skipping a vector.
import { readRuleset, toContext } from '@ff/engine';
import type { ErrorCode, EvaluationResult, Json, Reason, Ruleset } from '@ff/engine';
import { toOpenFeatureReason } from '@ff/engine/openfeature';
import type { Expect } from '../engine/test/vector-cases.ts';

/** One evaluation as a surface reports it. */
export interface Evaluated {
  kind: 'evaluated';
  /** Absent where the surface sends no value (an OFREP failure: the OpenFeature SDK serves the default). */
  value?: Json;
  variant?: string;
  reason: string;
  errorCode?: string;
  /** OpenFeature surfaces: ff's own reason, from the flag metadata (`ffReason`). */
  ffReason?: string;
  /** OFREP's single-flag route: the HTTP status of a failure. */
  status?: number;
}

/**
 * - `absent`: a surface that lists flags (OFREP bulk, POST /sdk/v1/evaluate) does not list this one;
 * - `refused`: the surface refused the input as a whole (an HTTP 4xx, a CLI exit code, an SDK that would
 *   not take the ruleset), with the status or code.
 */
export type Answer = Evaluated | { kind: 'absent' } | { kind: 'refused'; code: number | string };

/** A vector's inputs: the flag of `ruleset` to evaluate for `context`, with the caller's `default`. */
export interface VectorInput {
  ruleset: Ruleset;
  flag: string;
  context: Json;
  default: Json;
}

/**
 * The answer every surface is held to: the vector's hand-derived `expect` (engine/README.md, "Test
 * vectors"), with the served variation's name as `variant`.
 */
export function reference(v: VectorInput & { expect: Expect }): EvaluationResult {
  const { value, variationIndex, reason, errorCode } = v.expect;
  const flag = Object.hasOwn(v.ruleset.flags, v.flag) ? v.ruleset.flags[v.flag] : undefined;
  const variant = variationIndex === undefined ? undefined : flag?.variations[variationIndex]?.name;
  return clean({
    value,
    variationIndex,
    variant,
    reason: reason as Reason,
    errorCode: errorCode as ErrorCode | undefined,
  });
}

/** The surfaces the suite runs, in the order it reports them. */
export const SURFACES = [
  'engine',
  'sdk-node client',
  'sdk-node OpenFeature provider',
  'POST /sdk/v1/evaluate',
  'OFREP single',
  'OFREP bulk',
  'ff eval --json',
] as const;
export type Surface = (typeof SURFACES)[number];

/** `o` without its undefined members, so equality ignores how absence is spelled. */
export function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function evaluated(fields: Omit<Evaluated, 'kind'>): Evaluated {
  return clean({ kind: 'evaluated', ...fields });
}

/** An evaluation result as it is, reduced to the compared fields. */
export function plain(r: EvaluationResult): Evaluated {
  return evaluated({ value: r.value, variant: r.variant, reason: r.reason, errorCode: r.errorCode });
}

/** Through the engine's OpenFeature mapping: a standard reason, ff's in the metadata. */
function openFeature(r: EvaluationResult): Evaluated {
  return evaluated({
    value: r.value,
    variant: r.variant,
    reason: toOpenFeatureReason(r.reason),
    errorCode: r.errorCode,
    ffReason: r.reason,
  });
}

const jsonType = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * Rule SDK-1: the SDK refuses a whole ruleset the engine's reader for SDKs refuses (readRuleset: the
 * schema, except that a clause of an unknown operator is kept and never matches, as the engine evaluates
 * it; so a prerequisite cycle, a bad index…) and keeps its last good one: bootstrapped with it, it has none.
 * Rule SDK-2: the SDK checks the served value against the type of the caller's default
 * (TYPE_MISMATCH, the default served), which the engine leaves to it.
 */
function sdkNode(v: VectorInput, r: EvaluationResult): Answer | EvaluationResult {
  if (!readRuleset(v.ruleset).ok) return { kind: 'refused', code: 'bootstrap ignored' };
  if (r.variationIndex !== undefined && v.default !== null && jsonType(r.value) !== jsonType(v.default))
    return { value: v.default, reason: 'ERROR', errorCode: 'TYPE_MISMATCH' };
  return r;
}

/** What `surface` must answer for `v`, given the {@link reference} answer `r`. */
export function expectedAnswer(surface: Surface, v: VectorInput, r: EvaluationResult): Answer {
  const notFound = r.errorCode === 'FLAG_NOT_FOUND';
  switch (surface) {
    case 'engine':
      return plain(r);
    case 'sdk-node client': {
      const sdk = sdkNode(v, r);
      return 'kind' in sdk ? sdk : plain(sdk);
    }
    case 'sdk-node OpenFeature provider': {
      const sdk = sdkNode(v, r);
      return 'kind' in sdk ? sdk : openFeature(sdk);
    }
    case 'POST /sdk/v1/evaluate': {
      // Rule API-1: the API's context schema takes a string key only (the engine: a key of another type
      // matches no target). Rule API-2: unknown flags are not listed. Rule API-3: there is no caller's
      // default on the wire; an error's value is null (the browser SDK serves its caller's default).
      const key = toContext(v.context).key;
      if (key !== undefined && typeof key !== 'string') return { kind: 'refused', code: 422 };
      if (notFound) return { kind: 'absent' };
      return r.reason === 'ERROR' ? plain({ ...r, value: null }) : plain(r);
    }
    case 'OFREP single':
      // OFREP's failure shape: an error code and a status, no value (the OpenFeature SDK serves the default).
      if (r.reason === 'ERROR')
        return evaluated({ reason: 'ERROR', errorCode: r.errorCode, status: notFound ? 404 : 400 });
      return openFeature(r);
    case 'OFREP bulk':
      if (notFound) return { kind: 'absent' };
      if (r.reason === 'ERROR') return evaluated({ reason: 'ERROR', errorCode: r.errorCode });
      return openFeature(r);
    case 'ff eval --json':
      // Rule CLI-1: `ff eval` refuses a flag the environment does not have (exit 2, one line). Rule
      // CLI-2: it takes no default, so an error's value is null.
      if (notFound) return { kind: 'refused', code: 2 };
      return r.reason === 'ERROR' ? plain({ ...r, value: null }) : plain(r);
  }
}
