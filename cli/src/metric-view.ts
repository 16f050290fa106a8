// How metric definitions look in the terminal, and the one flag value they need parsed (a window): pure
// functions from what the user typed or the API returned to values and text, tested without a terminal.
import type { MetricDefinition } from '@ff/client';
import { details, table } from './terminal.ts';

const HOURS = { h: 1, d: 24, w: 168 } as const;

/** `7d` → 168, `36h` → 36, `2w` → 336, a bare `48` → 48 hours; undefined when it is none of those. */
export function parseWindow(text: string): number | undefined {
  const m = /^\s*([0-9]+)\s*([hdw]?)\s*$/i.exec(text);
  if (!m) return undefined;
  const unit = (m[2]?.toLowerCase() || 'h') as keyof typeof HOURS;
  return Number(m[1]) * HOURS[unit];
}

/** 168 → `7d`, 36 → `36h`: the window as it would be typed. */
export function formatWindow(hours: number): string {
  return hours % 24 === 0 ? `${hours / 24}d` : `${hours}h`;
}

/** What the metric measures, in words: "converted within 7d", "count per unit (cap 20)". */
export function measureOf(m: MetricDefinition): string {
  const cap = m.cap === null ? '' : ` (cap ${m.cap})`;
  switch (m.kind) {
    case 'binomial':
      return `converted within ${formatWindow(m.windowHours)}`;
    case 'count':
      return `events per unit within ${formatWindow(m.windowHours)}${cap}`;
    default:
      return `mean value per unit within ${formatWindow(m.windowHours)}${cap}`;
  }
}

export function metricsTable(items: readonly MetricDefinition[]): string {
  return table(items, [
    { header: 'key', get: (m) => m.key },
    { header: 'event', get: (m) => m.event },
    { header: 'kind', get: (m) => m.kind },
    { header: 'measures', get: (m) => measureOf(m) },
    { header: 'better', get: (m) => m.direction },
    { header: 'name', get: (m) => m.name },
  ]);
}

export function metricDetails(m: MetricDefinition): string {
  return details([
    ['key', m.key],
    ['name', m.name],
    ['description', m.description],
    ['event', m.event],
    ['kind', m.kind],
    ['window', formatWindow(m.windowHours)],
    ['cap', m.cap ?? 'none'],
    ['direction', `${m.direction} is better`],
    ['measures', measureOf(m)],
    ['version', m.version],
    ['updated', m.updatedAt],
  ]);
}

export interface MetricFlagValues {
  window?: string;
  cap?: string;
  'no-cap'?: boolean;
}

/**
 * `--window` and `--cap`/`--no-cap` as the API's fields, or a message saying which value is wrong. The
 * API checks the ranges again (it is the authority); this gives the typed value a readable refusal.
 */
export function metricFields(
  flags: MetricFlagValues,
): { windowHours?: number; cap?: number | null } | string {
  const out: { windowHours?: number; cap?: number | null } = {};
  if (flags.window !== undefined) {
    const hours = parseWindow(flags.window);
    if (hours === undefined || hours < 1) return `--window ${flags.window} is not a duration like 7d or 36h`;
    out.windowHours = hours;
  }
  if (flags.cap !== undefined && flags['no-cap']) return '--cap and --no-cap together';
  if (flags.cap !== undefined) {
    const cap = Number(flags.cap);
    if (flags.cap.trim() === '' || !(cap > 0)) return `--cap ${flags.cap} is not a positive number`;
    out.cap = cap;
  }
  if (flags['no-cap']) out.cap = null;
  return out;
}
