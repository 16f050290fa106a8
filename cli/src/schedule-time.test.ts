import { describe, expect, it } from 'vitest';
import { parseAt, parseDuration } from './schedule-time.ts';

describe('schedule times', () => {
  it.each([
    ['24h', 86_400_000],
    ['90m', 5_400_000],
    ['1d12h', 129_600_000],
    ['30s', 30_000],
    ['500ms', 500],
    ['1.5h', 5_400_000],
  ])('reads %s as a duration', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', '24', 'h', '1x', '0s', '1h 30m', '-1h'])('refuses %j as a duration', (text) =>
    expect(() => parseDuration(text)).toThrow(/is not a duration/),
  );

  it('reads --at as an ISO time with a zone or +duration from now', () => {
    const now = new Date('2026-12-02T19:00:00Z');
    expect(parseAt('2026-12-03T09:00Z', now).toISOString()).toBe('2026-12-03T09:00:00.000Z');
    expect(parseAt('2026-12-03T10:00+01:00', now).toISOString()).toBe('2026-12-03T09:00:00.000Z');
    expect(parseAt('+2h', now).toISOString()).toBe('2026-12-02T21:00:00.000Z');
    expect(() => parseAt('2026-12-03T09:00', now)).toThrow(/not a time with a zone/);
    expect(() => parseAt('tomorrow', now)).toThrow(/not a time with a zone/);
  });
});
