// An experiment's split as a flag rollout, and the enrollment it implies. The experiment writes this
// rollout into its flag's configuration, so SDKs evaluating locally serve what `assign` gives; both
// sides bucket through `bucketFor` with the experiment's salt, the one hashing implementation.
import { bucketFor, BUCKET_SCALE } from './bucket.ts';

/** What decides an experiment's split: relative variant weights, percent enrolled, salt. */
export interface ExperimentSplit {
  /** Relative weights, one per variant (variant i is the flag's variation i); need not sum to 100. */
  readonly weights: readonly number[];
  /** Percent of the population enrolled (0 < allocation ≤ 100). */
  readonly allocation: number;
  readonly salt: string;
}

/**
 * The bucket weights of an experiment's rollout: the enrolled share (`allocation` of 100000) divided in
 * proportion to the variant weights by largest remainders, so they sum exactly; then, when allocation is
 * below 100, one last entry serving variation 0 (control) to everyone not enrolled. Enrolled buckets come
 * first, so raising the allocation keeps every enrolled unit in its variant's range only if the weights
 * stay the same; experiments freeze both while they run.
 */
export function experimentWeights(split: ExperimentSplit): { variation: number; weight: number }[] {
  const enrolled = Math.round((Math.min(Math.max(split.allocation, 0), 100) / 100) * BUCKET_SCALE);
  const total = split.weights.reduce((a, w) => a + w, 0);
  const exact = split.weights.map((w) => (total > 0 ? (w / total) * enrolled : 0));
  const out = exact.map((x, variation) => ({ variation, weight: Math.floor(x) }));
  let left = enrolled - out.reduce((a, w) => a + w.weight, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    out[i]!.weight++;
    left--;
  }
  if (enrolled < BUCKET_SCALE) out.push({ variation: 0, weight: BUCKET_SCALE - enrolled });
  return out;
}

/** The rollout an experiment's flag serves while it runs (bucketed by the context key). */
export function experimentRollout(split: ExperimentSplit): {
  bucketBy: 'key';
  salt: string;
  weights: { variation: number; weight: number }[];
} {
  return { bucketBy: 'key', salt: split.salt, weights: experimentWeights(split) };
}

/**
 * The variant index a unit is enrolled in, or null when its bucket falls outside the allocation: the
 * same walk over the same weights the evaluator makes for {@link experimentRollout}.
 */
export function enrolledVariant(split: ExperimentSplit, unitKey: string): number | null {
  const bucket = bucketFor(split.salt, unitKey);
  const weights = experimentWeights(split);
  let cumulative = 0;
  for (let i = 0; i < split.weights.length; i++) {
    cumulative += weights[i]!.weight;
    if (bucket < cumulative) return i;
  }
  return null;
}

/**
 * Whether an evaluation that served `served` to `unitKey` is an exposure of the experiment: the flag's
 * split served it (reason `SPLIT`) and it is the variant the experiment enrolls the unit in (a unit
 * outside the allocation, served control by the rollout's tail, is not exposed). What SDKs report, what
 * the API marks in client-side values (`inExperiment`), and what the event intake counts.
 */
export function isExposure(
  split: ExperimentSplit,
  unitKey: string,
  served: { readonly reason: string; readonly variationIndex?: number | undefined },
): boolean {
  return (
    served.reason === 'SPLIT' &&
    served.variationIndex !== undefined &&
    enrolledVariant(split, unitKey) === served.variationIndex
  );
}
