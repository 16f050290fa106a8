// How `ff insights` and `ff flags usage` draw numbers: sparklines and short counts. Pure, so tested
// without a terminal; the API did the counting.

const bars = '▁▂▃▄▅▆▇█';

/**
 * One character per value, scaled to the largest: `·` for zero (a space would be lost in tables), and
 * any non-zero value at least the lowest bar, so a quiet day is not mistaken for none.
 */
export function sparkline(values: readonly number[]): string {
  const max = Math.max(0, ...values);
  return values
    .map((v) => {
      if (v <= 0 || max === 0) return '·';
      return bars[Math.min(bars.length - 1, Math.max(0, Math.ceil((v / max) * bars.length) - 1))];
    })
    .join('');
}

/** 1234 → "1.2k", 5_600_000 → "5.6M"; exact below 10,000. */
export function shortCount(n: number): string {
  if (n < 10_000) return String(n);
  for (const [unit, size] of [
    ['G', 1e9],
    ['M', 1e6],
    ['k', 1e3],
  ] as const) {
    if (n >= size) return `${(n / size).toFixed(n >= size * 100 ? 0 : 1)}${unit}`;
  }
  return String(n);
}

/** Fills sparse `points` ({ time, count }) into one value per step from `from` (inclusive) to `to`. */
export function densify(
  points: readonly { time: string; count: number }[],
  from: string,
  to: string,
  stepMs: number,
): number[] {
  const start = Math.floor(Date.parse(from) / stepMs) * stepMs;
  const n = Math.max(0, Math.floor((Date.parse(to) - start) / stepMs) + 1);
  const out = new Array<number>(Math.min(n, 10_000)).fill(0);
  for (const p of points) {
    const i = Math.floor((Date.parse(p.time) - start) / stepMs);
    if (i >= 0 && i < out.length) out[i]! += p.count;
  }
  return out;
}

/** "3 days ago", "5 h ago", "just now", "never". */
export function ago(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return 'never';
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (s < 60) return 'just now';
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86_400) return `${Math.floor(s / 3600)} h ago`;
  return `${Math.floor(s / 86_400)} days ago`;
}
