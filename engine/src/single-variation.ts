// Whether a flag configuration serves one variation to every context: the rule behind "fully rolled out"
// and "fully off" (stale-flag detection, issue 14). Dependency-free: a configuration in, an index out.
import type { ReachConfig } from './reach.ts';

/** A serve as configured: a fixed variation or a rollout whose weights are thousandths of a percent. */
interface WeightedServe {
  variation?: number | undefined;
  rollout?: { weights: readonly { variation: number; weight: number }[] } | undefined;
}

/** A configuration with its rollouts' weights (what {@link singleVariation} needs beyond reach). */
export interface SingleVariationConfig extends Omit<ReachConfig, 'rules' | 'fallthrough'> {
  rules?: readonly { serve: WeightedServe }[] | undefined;
  fallthrough: WeightedServe;
}

/**
 * What one serve can hand out. A rollout serves every entry with a positive weight, and also its last
 * entry whatever its weight: a context without the bucketBy attribute gets the last variation (and so do
 * buckets that weights summing short of 100000 leave uncovered), as the evaluator does.
 */
function serveVariations(serve: WeightedServe, out: Set<number>): void {
  const weights = serve.rollout?.weights;
  if (weights !== undefined) {
    for (const w of weights) if (w.weight > 0) out.add(w.variation);
    const last = weights[weights.length - 1];
    if (last !== undefined) out.add(last.variation);
  } else if (serve.variation !== undefined) out.add(serve.variation);
}

/**
 * The variation index `config` serves to every context, or `undefined` when different contexts can get
 * different variations. Off: its off variation. On: the one variation that every target, rule and the
 * fallthrough serve (a 100% rollout counts as that variation), and the off variation too when it has
 * prerequisites (a failed prerequisite serves it). Which contexts match a rule does not matter: if every
 * path ends in the same variation, everyone gets it.
 */
export function singleVariation(config: SingleVariationConfig): number | undefined {
  if (!config.on) return config.offVariation;
  const served = new Set<number>();
  if ((config.prerequisites ?? []).length > 0) served.add(config.offVariation);
  for (const t of config.targets ?? []) served.add(t.variation);
  for (const r of config.rules ?? []) serveVariations(r.serve, served);
  serveVariations(config.fallthrough, served);
  return served.size === 1 ? [...served][0] : undefined;
}
