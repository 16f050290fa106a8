import { describe, expect, it } from 'vitest';
import type { ExperimentResults } from '@ff/client';
import {
  formatP,
  intervalBar,
  parseShare,
  parseVariants,
  resultsView,
  srmBanner,
} from './experiment-view.ts';

describe('intervalBar', () => {
  it.each([[{ lower: 0.1, upper: 0.3, estimate: 0.2 }, 0.4]])(
    'draws the interval right of zero for a positive lift',
    (interval, scale) => {
      const bar = intervalBar(interval, scale, 21);
      expect(bar).toHaveLength(21);
      expect(bar.indexOf('│')).toBe(10);
      expect(bar.indexOf('●')).toBe(15);
      expect(bar.slice(13, 18)).toBe('━━●━━');
    },
  );
  it('marks an interval running off the axis and one crossing zero', () => {
    expect(intervalBar({ lower: -2, upper: 0.1, estimate: -0.5 }, 1, 11)).toBe('◀━━●━━━    ');
    expect(intervalBar(undefined, 1, 5)).toBe('  │  ');
  });
});

describe('parsing', () => {
  it.each([
    [
      ['control=50,upfront-fees=50'],
      [
        { key: 'control', weight: 50 },
        { key: 'upfront-fees', weight: 50 },
      ],
    ],
    [
      ['a', 'b', 'c=2'],
      [
        { key: 'a', weight: 1 },
        { key: 'b', weight: 1 },
        { key: 'c', weight: 2 },
      ],
    ],
    [['only=1'], 'an experiment needs at least two variants (e.g. control=50,treatment=50)'],
    [['Bad Key=1,b=1'], '"Bad Key=1" is not KEY=WEIGHT (e.g. control=50)'],
  ])('variants %j', (input, expected) => expect(parseVariants(input)).toEqual(expected));
  it.each([
    ['3%', 0.03],
    ['0.8', 0.8],
    ['10 %', 0.1],
    ['x', undefined],
  ])('share %s', (text, expected) => expect(parseShare(text)).toBe(expected));
  it('formats p-values', () => {
    expect(formatP(0.00001)).toBe('<0.0001');
    expect(formatP(0.04321)).toBe('0.0432');
  });
});

const results: ExperimentResults = {
  experiment: 'pricing-display',
  status: 'running',
  computedAt: '2026-12-02T19:00:00.000Z',
  alpha: 0.05,
  units: [
    { variant: 'control', units: 900, expectedShare: 0.5 },
    { variant: 'fees-upfront', units: 1100, expectedShare: 0.5 },
  ],
  srm: { chiSquare: 20, pValue: 0.0000077, mismatch: true },
  metrics: [
    {
      metric: 'purchase-7d',
      kind: 'binomial',
      role: 'primary',
      direction: 'higher',
      winner: 'fees-upfront',
      variants: [
        { variant: 'control', units: 900, conversions: 90, rate: 0.1, control: true },
        {
          variant: 'fees-upfront',
          units: 1100,
          conversions: 176,
          rate: 0.16,
          control: false,
          pValue: 0.0001,
          adjustedPValue: 0.0001,
          relativeLift: { lower: 0.2, upper: 0.9, estimate: 0.6 },
          chanceToWin: 0.9999,
        },
      ],
    },
  ],
};

describe('resultsView', () => {
  it('puts the SRM banner first, then a row per variant with lift, p, chance to win and the bar', () => {
    const text = resultsView(results);
    expect(text.split('\n')[0]).toBe('!! SAMPLE RATIO MISMATCH: the units are not split as the weights say');
    expect(srmBanner({ ...results, srm: { ...results.srm, mismatch: false } })).toBeUndefined();
    expect(text).toContain('purchase-7d (primary, binomial, higher is better): winner fees-upfront');
    const row = text.split('\n').find((l) => l.startsWith('fees-upfront'))!;
    expect(row).toMatch(/1100\s+176 \(16\.00%\)\s+\+60\.0% \[\+20\.0%, \+90\.0%\]\s+0\.0001\s+100\.0%/);
    expect(row).toContain('●');
    expect(text.split('\n').find((l) => l.startsWith('control'))).toMatch(/90 \(10\.00%\)\s+control/);
  });
});
