import { describe, expect, it } from 'vitest';
import { ago, densify, shortCount, sparkline } from './insights-view.ts';

describe('insights view', () => {
  it('sparkline scales to the largest value and keeps small non-zero values visible', () => {
    expect(sparkline([0, 1, 4, 8])).toBe('·▁▄█');
    expect(sparkline([0, 0])).toBe('··');
    expect(sparkline([1, 1000])).toBe('▁█');
    expect(sparkline([])).toBe('');
  });
  it('shortCount is exact below 10,000', () => {
    expect([9999, 12_345, 5_600_000, 123_000_000].map(shortCount)).toEqual(['9999', '12.3k', '5.6M', '123M']);
  });
  it('densify puts sparse points into their steps, zeros elsewhere', () => {
    const day = 86_400_000;
    expect(
      densify(
        [{ time: '2026-12-02T00:00:00.000Z', count: 5 }],
        '2026-11-30T13:00:00Z',
        '2026-12-02T08:00:00Z',
        day,
      ),
    ).toEqual([0, 0, 5]);
  });
  it('ago', () => {
    const now = Date.parse('2026-12-02T12:00:00Z');
    expect(ago(null, now)).toBe('never');
    expect(ago('2026-11-29T12:00:00Z', now)).toBe('3 days ago');
    expect(ago('2026-12-02T07:00:00Z', now)).toBe('5 h ago');
  });
});
