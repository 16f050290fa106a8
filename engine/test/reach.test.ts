import { describe, expect, it } from 'vitest';
import { configReach, definitionChange, reachable, segmentsInUse } from '../src/index.ts';
import type { ReachConfig } from '../src/index.ts';

const segmentRule = (serve: ReachConfig['fallthrough'], ...segments: string[]) => ({
  clauses: [
    { op: 'in', values: ['x'] },
    { op: 'segmentMatch', values: segments },
  ],
  serve,
});

const rollout = (...variations: number[]) => ({
  rollout: { weights: variations.map((variation) => ({ variation, weight: 0 })) },
});

describe('configReach', () => {
  it.each<[string, ReachConfig, { variations: number[]; segments: string[]; prerequisites: string[] }]>([
    [
      'off: the off variation only, whatever the rest names',
      {
        on: false,
        offVariation: 2,
        prerequisites: [{ flag: 'p' }],
        targets: [{ variation: 0 }],
        rules: [segmentRule({ variation: 1 }, 's')],
        fallthrough: { variation: 0 },
      },
      { variations: [2], segments: [], prerequisites: [] },
    ],
    [
      'on without prerequisites: targets, rules, fallthrough; not the off variation',
      { on: true, offVariation: 3, targets: [{ variation: 2 }], fallthrough: { variation: 0 } },
      { variations: [0, 2], segments: [], prerequisites: [] },
    ],
    [
      'on with prerequisites: the off variation too (a failed prerequisite serves it)',
      {
        on: true,
        offVariation: 3,
        prerequisites: [{ flag: 'p' }, { flag: 'p' }],
        fallthrough: { variation: 0 },
      },
      { variations: [0, 3], segments: [], prerequisites: ['p'] },
    ],
    [
      'rollouts name every entry, zero weights included; segments once each',
      {
        on: true,
        offVariation: 0,
        rules: [segmentRule(rollout(4, 1), 'b', 'a'), segmentRule({ variation: 5 }, 'a')],
        fallthrough: rollout(2),
      },
      { variations: [1, 2, 4, 5], segments: ['b', 'a'], prerequisites: [] },
    ],
  ])('%s', (_, config, expected) => {
    expect(configReach(config)).toEqual(expected);
  });
});

describe('reachable', () => {
  it('follows edges from every root, through cycles, to keys without edges', () => {
    const edges: Record<string, string[]> = { a: ['b'], b: ['c', 'a'], c: [], d: ['e'] };
    expect([...reachable(['a'], (k) => edges[k] ?? [])].sort()).toEqual(['a', 'b', 'c']);
    expect([...reachable(['d', 'c'], (k) => edges[k] ?? [])].sort()).toEqual(['c', 'd', 'e']);
    expect(reachable([], () => ['never']).size).toBe(0);
  });

  it('walks a chain of 100,000 without recursion', () => {
    const n = 100_000;
    const seen = reachable(['0'], (k) => (Number(k) < n ? [String(Number(k) + 1)] : []));
    expect(seen.size).toBe(n + 1);
  });
});

describe('segmentsInUse', () => {
  const rules: Record<string, unknown> = {
    outer: [{ clauses: [{ op: 'segmentMatch', values: ['inner'] }] }],
    inner: [{ clauses: [{ op: 'segmentMatch', values: ['outer'] }] }],
    alone: [],
    other: [{ clauses: [{ op: 'segmentMatch', values: ['alone'] }] }],
  };
  const on = (...segments: string[]): ReachConfig => ({
    on: true,
    offVariation: 0,
    rules: [segmentRule({ variation: 0 }, ...segments)],
    fallthrough: { variation: 0 },
  });

  it('includes segments named by configurations that are on, and the segments those name', () => {
    expect([...segmentsInUse([on('outer')], (k) => rules[k])].sort()).toEqual(['inner', 'outer']);
  });

  it('leaves out segments only an off configuration names, and unnamed ones', () => {
    const off = { ...on('alone'), on: false };
    expect([...segmentsInUse([off, on('inner')], (k) => rules[k])].sort()).toEqual(['inner', 'outer']);
  });

  it('includes a named segment that does not exist (it would be consulted once created)', () => {
    expect([...segmentsInUse([on('gone')], (k) => rules[k])]).toEqual(['gone']);
  });

  it('tolerates malformed segment rules', () => {
    expect([...segmentsInUse([on('x')], () => 'not rules')]).toEqual(['x']);
  });
});

describe('definitionChange', () => {
  const variations = [
    { name: 'a', value: { n: 1, m: [1] } },
    { name: 'b', value: 'B' },
    { name: 'c', value: 'C' },
  ];
  const servesB: ReachConfig = { on: true, offVariation: 2, fallthrough: { variation: 1 } };

  it('shows value and name changes of variations the configuration can serve', () => {
    const renamed = variations.map((v, i) => (i === 1 ? { ...v, name: 'bee' } : v));
    expect(definitionChange(servesB, { variations }, { variations: renamed })).toEqual({
      variations: [1],
      clientSide: false,
    });
    const revalued = variations.map((v, i) => (i === 1 ? { ...v, value: 'B2' } : v));
    expect(definitionChange(servesB, { variations }, { variations: revalued }).variations).toEqual([1]);
  });

  it('ignores variations it cannot serve, descriptions, key order in values and new variations', () => {
    const after = [
      { name: 'a', value: 'A' },
      { name: 'b', value: 'B', description: 'new' },
      { name: 'c', value: 'C' },
      { name: 'd', value: 'D' },
    ];
    expect(definitionChange(servesB, { variations }, { variations: after }).variations).toEqual([]);
    const reordered = [{ name: 'a', value: { m: [1], n: 1 } }, ...variations.slice(1)];
    const servesA = { ...servesB, fallthrough: { variation: 0 } };
    expect(definitionChange(servesA, { variations }, { variations: reordered }).variations).toEqual([]);
  });

  it('counts a served variation that is gone', () => {
    expect(
      definitionChange(servesB, { variations }, { variations: variations.slice(0, 1) }).variations,
    ).toEqual([1]);
  });

  it('shows clientSide turning on or off (missing means false)', () => {
    expect(definitionChange(servesB, { variations }, { variations, clientSide: true }).clientSide).toBe(true);
    expect(definitionChange(servesB, { variations, clientSide: false }, { variations }).clientSide).toBe(
      false,
    );
  });
});
