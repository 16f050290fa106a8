// Date operands for `before` / `after`. The engine has no clock and no time zone, so only
// instants are accepted: epoch milliseconds, or ISO-8601 (RFC 3339 profile) strings that either
// carry an offset or are a bare date (read as midnight UTC).

// A fixed pattern without nested quantifiers: linear, safe on any input.
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-]\d{2}:\d{2}))?$/;

/**
 * Converts a date operand to epoch milliseconds, or `undefined` when it is not one.
 *
 * Accepted: a finite number (epoch ms); `YYYY-MM-DD`; `YYYY-MM-DDTHH:MM[:SS[.fraction]]` followed by
 * `Z` or `±HH:MM`. Fractions beyond milliseconds are truncated. Out-of-range fields (month 13,
 * February 30, hour 24) are rejected rather than rolled over.
 */
export function toEpochMillis(input: unknown): number | undefined {
  if (typeof input === 'number') return Number.isFinite(input) ? input : undefined;
  if (typeof input !== 'string' || input.length > 40) return undefined;
  const m = ISO.exec(input);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCDate() !== day) return undefined;
  let offset = 0;
  const zone = m[8];
  if (zone !== undefined && zone !== 'Z' && zone !== 'z') {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 23 || om > 59) return undefined;
    offset = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  return date.getTime() + ((hour * 60 + minute) * 60 + second) * 1000 + millis - offset;
}
