// Times and intervals of scheduled changes as people type them: `--at 2026-12-03T09:00Z` (ISO 8601
// with a zone: a time without one would depend on the laptop's zone) or `--at +2h` (from now), and
// `--every 24h` / `90m` / `1d12h` / `30s`.
import { usage } from './errors.ts';

const units: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 };

/** `24h`, `1d12h`, `90m`, `30s`, `500ms` → milliseconds; a usage error otherwise. */
export function parseDuration(text: string, flag = '--every'): number {
  const trimmed = text.trim();
  const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|d|h|m|s)/g)];
  const total = parts.reduce((sum, [, n, unit]) => sum + Number(n) * units[unit!]!, 0);
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== trimmed || !(total > 0)) {
    throw usage(`${flag} "${text}" is not a duration`, `write it like 24h, 90m, 1d12h or 30s`);
  }
  return Math.round(total);
}

/** `--at`: an ISO 8601 time with a zone (Z or ±hh:mm), or `+<duration>` from `now`. */
export function parseAt(text: string, now: Date = new Date()): Date {
  const trimmed = text.trim();
  if (trimmed.startsWith('+')) return new Date(now.getTime() + parseDuration(trimmed.slice(1), '--at'));
  const zoned = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(trimmed);
  const t = Date.parse(trimmed);
  if (!zoned || Number.isNaN(t)) {
    throw usage(
      `--at "${text}" is not a time with a zone`,
      'write it like 2026-12-03T09:00Z or 2026-12-03T10:00+01:00, or +2h for two hours from now',
    );
  }
  return new Date(t);
}
