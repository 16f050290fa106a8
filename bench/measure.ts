/**
 * Timing harness shared by the benches: warm up, then time several rounds and report the median,
 * so one GC pause or a noisy neighbour does not decide the figure.
 */
export interface Measurement {
  name: string;
  nsPerOp: number;
  rounds: number[];
}

/** Keeps results observable so the JIT cannot drop the measured work as dead code. */
export let sink: unknown = undefined;

export function measure(
  name: string,
  op: (i: number) => unknown,
  opts: { iterations?: number; rounds?: number } = {},
): Measurement {
  const iterations = opts.iterations ?? 1_000_000;
  const roundCount = opts.rounds ?? 9;
  for (let i = 0; i < iterations; i++) sink = op(i); // warm-up: let the JIT optimise before timing
  const rounds: number[] = [];
  for (let r = 0; r < roundCount; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) sink = op(i);
    rounds.push(Number(process.hrtime.bigint() - start) / iterations);
  }
  const sorted = [...rounds].sort((a, b) => a - b);
  return { name, nsPerOp: sorted[Math.floor(sorted.length / 2)]!, rounds };
}

export function formatNs(ns: number): string {
  return ns >= 1000 ? `${(ns / 1000).toFixed(2)} µs` : `${ns.toFixed(1)} ns`;
}
