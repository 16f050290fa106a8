import { describe, expect, it } from 'vitest';
import { compareSemver, parseSemver, toEpochMillis } from '../src/index.ts';

describe('parseSemver', () => {
  it.each([
    '0.0.0',
    '1.2.3',
    '10.20.30',
    '1.0.0-alpha',
    '1.0.0-alpha.1',
    '1.0.0-0.3.7',
    '1.0.0-x-y-z.--',
    '1.0.0+build.1',
    '1.0.0-rc.1+b.2',
    '99999999999999999999.0.0',
  ])('accepts %s', (v) => expect(parseSemver(v)).toBeDefined());

  it.each([
    '',
    '1',
    '1.2',
    '1.2.3.4',
    'v1.2.3',
    '01.2.3',
    '1.02.3',
    '1.2.03',
    '1.2.3-',
    '1.2.3-01',
    '1.2.3-a..b',
    '1.2.3+',
    '1.2.3+a+b',
    ' 1.2.3',
    '1.2.3 ',
    '1.2.x',
    'a.b.c',
    '1.2.3-é',
  ])('rejects %j', (v) => expect(parseSemver(v)).toBeUndefined());

  it('rejects non-strings and absurdly long strings', () => {
    expect(parseSemver(123)).toBeUndefined();
    expect(parseSemver(`1.2.3-${'a'.repeat(300)}`)).toBeUndefined();
  });
});

describe('compareSemver', () => {
  // The precedence chain from semver.org §11, in order.
  const chain = [
    '1.0.0-alpha',
    '1.0.0-alpha.1',
    '1.0.0-alpha.beta',
    '1.0.0-beta',
    '1.0.0-beta.2',
    '1.0.0-beta.11',
    '1.0.0-rc.1',
    '1.0.0',
    '1.0.1',
    '1.1.0',
    '2.0.0',
    '10.0.0',
  ];
  it.each(chain.slice(1).map((v, i) => [chain[i]!, v]))('%s < %s', (a, b) => {
    expect(compareSemver(parseSemver(a)!, parseSemver(b)!)).toBe(-1);
    expect(compareSemver(parseSemver(b)!, parseSemver(a)!)).toBe(1);
  });

  it('ignores build metadata', () => {
    expect(compareSemver(parseSemver('1.0.0+a')!, parseSemver('1.0.0+b')!)).toBe(0);
  });
});

describe('toEpochMillis', () => {
  it.each([
    ['2024-01-01', Date.UTC(2024, 0, 1)],
    ['2024-01-01T00:00:00Z', Date.UTC(2024, 0, 1)],
    ['2024-01-01T00:00Z', Date.UTC(2024, 0, 1)],
    ['2024-01-01T01:00:00+02:00', Date.UTC(2023, 11, 31, 23)],
    ['2024-01-01T00:00:00.123456Z', Date.UTC(2024, 0, 1) + 123],
    ['2024-02-29T12:00:00-00:30', Date.UTC(2024, 1, 29, 12, 30)],
    [1704067200000, 1704067200000],
    [-1, -1],
  ] as const)('%j → %d', (input, expected) => {
    expect(toEpochMillis(input)).toBe(expected);
  });

  it.each([
    '2024-01-01T00:00:00',
    '2023-02-29',
    '2024-13-01',
    '2024-01-01T24:00:00Z',
    '2024-01-01T00:60:00Z',
    'yesterday',
    '',
    '2024-1-1',
    Infinity,
    NaN,
    true,
    null,
    [],
  ])('rejects %j', (input) => expect(toEpochMillis(input)).toBeUndefined());
});
