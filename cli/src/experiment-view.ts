// How experiments and their results look in the terminal: pure functions from what the API returned to
// text, so they are tested without a terminal. The CLI computes no statistics; it draws them.
import type { Experiment, ExperimentResults } from '@ff/client';
import { KEY_SHAPE } from '@ff/engine/limits';
import { details, table } from './terminal.ts';

/** One `KEY=WEIGHT` (or a bare KEY, weight 1) of `--variants`; the key's shape is the engine's. */
const VARIANT = new RegExp(
  String.raw`^\s*(` + KEY_SHAPE + String.raw`)\s*(?:=\s*([0-9]+(?:\.[0-9]+)?))?\s*$`,
);

type MetricResult = ExperimentResults['metrics'][number];
type VariantResult = MetricResult['variants'][number];

const pct = (x: number, digits = 1) => `${(x * 100).toFixed(digits)}%`;
const signed = (x: number, digits = 1) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(digits)}%`;

/** A p-value as people read it: four decimals, or "<0.0001". */
export function formatP(p: number | undefined): string {
  if (p === undefined) return '';
  return p < 0.0001 ? '<0.0001' : p.toFixed(4);
}

/**
 * A relative-lift interval drawn on an axis from −`scale` to +`scale`, `width` characters wide: `│` at 0,
 * `━` over the interval, `●` at the estimate; `◀`/`▶` when it runs off the axis.
 */
export function intervalBar(
  interval: { lower: number; upper: number; estimate: number } | undefined,
  scale: number,
  width = 25,
): string {
  const cells = Array.from({ length: width }, () => ' ');
  const zero = Math.floor(width / 2);
  cells[zero] = '│';
  if (!interval || !(scale > 0)) return cells.join('');
  const at = (x: number) => Math.round(zero + (x / scale) * zero);
  const clamp = (i: number) => Math.min(width - 1, Math.max(0, i));
  const lo = at(interval.lower);
  const hi = at(interval.upper);
  for (let i = clamp(lo); i <= clamp(hi); i++) cells[i] = '━';
  if (lo < 0) cells[0] = '◀';
  if (hi > width - 1) cells[width - 1] = '▶';
  cells[clamp(at(interval.estimate))] = '●';
  return cells.join('');
}

/** The banner shown above results whose split does not match the weights. */
export function srmBanner(results: ExperimentResults): string | undefined {
  if (!results.srm.mismatch) return undefined;
  const split = results.units
    .map((u) => `${u.variant} ${u.units} (expected ${pct(u.expectedShare, 0)})`)
    .join(', ');
  return [
    '!! SAMPLE RATIO MISMATCH: the units are not split as the weights say',
    `   ${split}; chi-square ${results.srm.chiSquare.toFixed(2)}, p = ${formatP(results.srm.pValue)}`,
    '   Assignment or exposure logging is broken: do not trust the results below.',
  ].join('\n');
}

function valueOf(m: MetricResult, v: VariantResult): string {
  if (m.kind === 'binomial') return `${v.conversions ?? 0} (${pct(v.rate ?? 0, 2)})`;
  return (v.mean ?? 0).toFixed(3);
}

function liftOf(v: VariantResult): string {
  if (v.control) return 'control';
  const l = v.relativeLift;
  if (!l) return '';
  return `${signed(l.estimate)} [${signed(l.lower)}, ${signed(l.upper)}]`;
}

/** One metric's table: per variant units, conversions or mean, lift with interval, p, chance to win, bar. */
export function metricTable(m: MetricResult): string {
  const scale = Math.max(
    0.01,
    ...m.variants.flatMap((v) =>
      v.relativeLift ? [Math.abs(v.relativeLift.lower), Math.abs(v.relativeLift.upper)] : [],
    ),
  );
  const title = `${m.metric} (${m.role}, ${m.kind}, ${m.direction} is better)${m.winner ? `: winner ${m.winner}` : ''}`;
  const rows = table(m.variants, [
    { header: 'variant', get: (v) => v.variant },
    { header: 'units', get: (v) => v.units },
    { header: m.kind === 'binomial' ? 'conversions' : 'mean', get: (v) => valueOf(m, v) },
    { header: 'lift [95% CI]', get: (v) => liftOf(v) },
    { header: 'p (holm)', get: (v) => (v.control ? '' : formatP(v.adjustedPValue ?? v.pValue)) },
    {
      header: 'chance to win',
      get: (v) => (v.control || v.chanceToWin === undefined ? '' : pct(v.chanceToWin)),
    },
    {
      header: `−${pct(scale, 0)} … +${pct(scale, 0)}`,
      get: (v) => (v.control ? '' : intervalBar(v.relativeLift, scale).replace(/ /g, '·')),
    },
  ]);
  return `${title}\n${rows}`;
}

/** The whole results page: SRM banner first, then units, then one table per metric. */
export function resultsView(r: ExperimentResults): string {
  const parts: string[] = [];
  const banner = srmBanner(r);
  if (banner) parts.push(banner);
  parts.push(
    `${r.experiment} (${r.status}): ${r.units.map((u) => `${u.variant} ${u.units}`).join(', ')} units; SRM p = ${formatP(r.srm.pValue)}`,
  );
  if (r.metrics.length === 0)
    parts.push('(no metrics: set a primary metric with ff experiments update --primary-metric)');
  for (const m of r.metrics) parts.push(metricTable(m));
  return parts.join('\n\n');
}

export function experimentDetails(e: Experiment): string {
  return details([
    ['key', e.key],
    ['name', e.name],
    ['status', e.archived ? `${e.status} (archived)` : e.status],
    ['environment', e.environment],
    ['flag', e.flag],
    ['variants', e.variants.map((v) => `${v.key}=${v.weight}`).join(', ')],
    ['allocation', `${e.allocation}%`],
    ['population', e.population ? `segment ${e.population.segment}` : 'everyone'],
    ['hypothesis', e.hypothesis],
    ['primary metric', e.primaryMetric ?? ''],
    ['secondary', e.secondaryMetrics.join(', ')],
    ['guardrails', e.guardrailMetrics.join(', ') + (e.autoStop ? ' (auto-stop)' : '')],
    ['started', e.startedAt ?? ''],
    ['stopped', e.stoppedAt ?? ''],
    [
      'decision',
      e.decision
        ? `${e.decision.winner ?? 'no winner'}${e.decision.rolledOut ? ' (rolled out)' : ''} ${e.decision.notes}`
        : '',
    ],
    ['version', e.version],
  ]);
}

export function experimentsTable(items: readonly Experiment[]): string {
  return table(items, [
    { header: 'key', get: (e) => e.key },
    { header: 'status', get: (e) => e.status },
    { header: 'environment', get: (e) => e.environment },
    { header: 'variants', get: (e) => e.variants.map((v) => `${v.key}=${v.weight}`).join(', ') },
    { header: 'primary metric', get: (e) => e.primaryMetric ?? '' },
    { header: 'started', get: (e) => e.startedAt ?? '' },
  ]);
}

/** `control=50,upfront-fees=50` (or repeated flags) as variants with relative weights. */
export function parseVariants(values: readonly string[]): { key: string; weight: number }[] | string {
  const parts = values.flatMap((v) => v.split(',')).filter((p) => p.trim() !== '');
  const out: { key: string; weight: number }[] = [];
  for (const p of parts) {
    const m = VARIANT.exec(p);
    if (!m) return `"${p}" is not KEY=WEIGHT (e.g. control=50)`;
    out.push({ key: m[1]!, weight: m[2] === undefined ? 1 : Number(m[2]) });
  }
  if (out.length < 2) return 'an experiment needs at least two variants (e.g. control=50,treatment=50)';
  return out;
}

/** `3%` → 0.03, `0.03` → 0.03. */
export function parseShare(text: string): number | undefined {
  const m = /^\s*([0-9]*\.?[0-9]+)\s*(%?)\s*$/.exec(text);
  if (!m) return undefined;
  return m[2] === '%' ? Number(m[1]) / 100 : Number(m[1]);
}
