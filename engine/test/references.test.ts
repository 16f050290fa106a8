import { describe, expect, it } from 'vitest';
import {
  chainDepths,
  chainIssues,
  dependentsOf,
  prerequisiteFlags,
  referencesFirst,
  segmentsNamed,
} from '../src/graph.ts';

const graph = (g: Record<string, string[]>) => [Object.keys(g), (k: string) => g[k] ?? []] as const;

describe('references', () => {
  it('names each segment a rule list matches once, tolerating malformed input', () => {
    const rules = [
      {
        clauses: [
          { op: 'segmentMatch', values: ['a', 'b', 3] },
          { op: 'in', values: ['x'] },
        ],
      },
      { clauses: [{ op: 'segmentMatch', values: ['a', 'c'] }] },
      null,
      { clauses: 'no' },
    ];
    expect(segmentsNamed(rules)).toEqual(['a', 'b', 'c']);
    expect(segmentsNamed(undefined)).toEqual([]);
    expect(prerequisiteFlags({ prerequisites: [{ flag: 'x' }, { flag: 'y' }, { flag: 'x' }, {}] })).toEqual([
      'x',
      'y',
    ]);
    expect(prerequisiteFlags(null)).toEqual([]);
  });

  it('lists dependents, the inverse of the edges', () => {
    const [keys, edges] = graph({ a: ['c'], b: ['c', 'c'], c: [] });
    expect(dependentsOf(keys, edges)).toEqual(new Map([['c', ['a', 'b']]]));
  });

  it('reports a cycle as the keys it goes through, from each key that leads into it', () => {
    const [keys, edges] = graph({ a: ['b'], b: ['c'], c: ['b'], d: [] });
    expect(chainIssues(keys, edges, 16)).toEqual([
      { key: 'a', kind: 'cycle', path: ['a', 'b', 'c', 'b'] },
      { key: 'b', kind: 'cycle', path: ['b', 'c', 'b'] },
      { key: 'c', kind: 'cycle', path: ['c', 'b', 'c'] },
    ]);
    expect(chainIssues(keys, edges, 16, ['c', 'd', 'unknown'])).toEqual([
      { key: 'c', kind: 'cycle', path: ['c', 'b', 'c'] },
    ]);
    const [self, selfEdges] = graph({ a: ['a'] });
    expect(chainIssues(self, selfEdges, 16)).toEqual([{ key: 'a', kind: 'cycle', path: ['a', 'a'] }]);
  });

  it('reports an over-deep chain as a longest path, ignoring unknown keys', () => {
    const [keys, edges] = graph({ a: ['x', 'b', 'd'], b: ['c'], c: [], d: [] });
    expect(chainDepths(keys, edges).get('a')).toBe(2);
    expect(chainIssues(keys, edges, 1)).toEqual([{ key: 'a', kind: 'depth', path: ['a', 'b', 'c'] }]);
    expect(chainIssues(keys, edges, 2)).toEqual([]);
  });

  it('walks long chains without recursion', () => {
    const g: Record<string, string[]> = {};
    for (let i = 0; i < 50_000; i++) g[`k${i}`] = [`k${i + 1}`];
    g.k50000 = ['k0'];
    const [keys, edges] = graph(g);
    const [issue] = chainIssues(keys, edges, 16, ['k0']);
    expect(issue!.kind).toBe('cycle');
    expect(issue!.path).toHaveLength(50_002);
  });

  it('orders keys after the keys they name (referencesFirst), by key on ties, through cycles and long chains', () => {
    const g: Record<string, string[]> = { a: ['c'], b: [], c: ['b', 'outside'], d: ['e'], e: ['d'] };
    expect(referencesFirst(Object.keys(g), (k) => g[k] ?? [])).toEqual(['b', 'c', 'a', 'e', 'd']);
    const n = 50_000;
    const chain = Array.from({ length: n }, (_, i) => `k${String(i).padStart(5, '0')}`);
    const order = referencesFirst(chain, (k) => {
      const i = Number(k.slice(1));
      return i + 1 < n ? [chain[i + 1]!] : [];
    });
    expect(order).toEqual([...chain].reverse());
  });
});
