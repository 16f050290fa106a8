// Deterministic numerical integration for the Bayesian methods: composite Gauss–Legendre on panels whose
// edges the caller chooses (where the integrand changes fast), so results carry no Monte Carlo noise.
// Reference: Abramowitz & Stegun 25.4.29–30 (Gauss–Legendre nodes and weights); the 16 nodes below are
// computed at load time by Newton's method on P_16 (Numerical Recipes §4.6, gauleg).

const ORDER = 16;
const NODES: number[] = [];
const WEIGHTS: number[] = [];
{
  const m = (ORDER + 1) >> 1;
  for (let i = 1; i <= m; i++) {
    let z = Math.cos((Math.PI * (i - 0.25)) / (ORDER + 0.5));
    let pp = 0;
    for (let iter = 0; iter < 100; iter++) {
      let p1 = 1;
      let p2 = 0;
      for (let j = 1; j <= ORDER; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = ((2 * j - 1) * z * p2 - (j - 1) * p3) / j;
      }
      pp = (ORDER * (z * p1 - p2)) / (z * z - 1);
      const z1 = z;
      z = z1 - p1 / pp;
      if (Math.abs(z - z1) < 1e-15) break;
    }
    NODES.push(-z, z);
    const w = 2 / ((1 - z * z) * pp * pp);
    WEIGHTS.push(w, w);
  }
}

/** ∫ f over [edges[0], edges.at(-1)], 16-point Gauss–Legendre on each panel between consecutive edges. */
export function integrate(f: (x: number) => number, edges: number[]): number {
  let total = 0;
  for (let p = 1; p < edges.length; p++) {
    const a = edges[p - 1]!;
    const b = edges[p]!;
    if (!(b > a)) continue;
    const half = (b - a) / 2;
    const mid = (a + b) / 2;
    let s = 0;
    for (let i = 0; i < NODES.length; i++) s += WEIGHTS[i]! * f(mid + half * NODES[i]!);
    total += s * half;
  }
  return total;
}

/** `count` equal panels over [lo, hi]. */
export function panels(lo: number, hi: number, count: number): number[] {
  const edges: number[] = [];
  for (let i = 0; i <= count; i++) edges.push(lo + ((hi - lo) * i) / count);
  return edges;
}

/** The sorted union of edge lists, clipped to [lo, hi]. */
export function mergeEdges(lo: number, hi: number, ...lists: number[][]): number[] {
  const all = lists.flat().filter((x) => x > lo && x < hi);
  return [lo, ...[...new Set(all)].sort((a, b) => a - b), hi];
}
