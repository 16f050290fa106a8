import { describe, expect, it } from 'vitest';
import { checkSegmentRules, withoutSegment } from './rules.ts';

const match = (...values: string[]) => ({ attribute: 'key', op: 'segmentMatch', values });
const plan = { attribute: 'plan', op: 'in', values: ['pro'] };

describe('checkSegmentRules', () => {
  it('accepts rules naming existing segments', () => {
    const result = checkSegmentRules('a', [{ clauses: [match('b'), plan] }], new Map([['b', []]]), 'body');
    expect(result).toEqual({ ok: true, rules: [{ clauses: [match('b'), plan] }] });
  });

  it('reports engine issues under the prefix', () => {
    const result = checkSegmentRules(
      'a',
      [
        { id: 'x', clauses: [{ attribute: 'email', op: 'matches', values: ['('] }] },
        { id: 'x', clauses: [] },
      ],
      new Map(),
      'body',
    );
    expect(result.ok).toBe(false);
    const paths = !result.ok ? result.issues.map((i) => i.path) : [];
    expect(paths).toEqual(expect.arrayContaining(['body.rules[0].clauses[0].values[0]', 'body.rules[1].id']));
  });

  it('refuses unknown segments and cycles', () => {
    const unknown = checkSegmentRules('a', [{ clauses: [match('nope')] }], new Map(), 'body');
    expect(unknown).toMatchObject({
      ok: false,
      issues: [{ path: 'body.rules[0].clauses[0].values[0]', message: 'unknown segment "nope"' }],
    });
    const cycle = checkSegmentRules(
      'a',
      [{ clauses: [match('b')] }],
      new Map([['b', [{ clauses: [match('a')] }]]]),
      'snapshot',
    );
    expect(cycle).toMatchObject({
      ok: false,
      issues: [{ path: 'snapshot.rules', message: expect.stringMatching(/cycle/) }],
    });
    const self = checkSegmentRules('a', [{ clauses: [match('a')] }], new Map(), 'body');
    expect(self.ok).toBe(false);
  });

  it('names where an over-deep chain through this segment starts', () => {
    // s1 → … → s16 → a: a reference from `a` to `z` makes the chain from s1 17 deep, over the limit.
    const others = new Map<string, unknown>([['z', []]]);
    for (let i = 1; i <= 16; i++) others.set(`s${i}`, [{ clauses: [match(i === 16 ? 'a' : `s${i + 1}`)] }]);
    const result = checkSegmentRules('a', [{ clauses: [match('z')] }], others, 'body');
    expect(result).toMatchObject({
      ok: false,
      issues: [
        { path: 'body.rules', message: expect.stringMatching(/nest 17 deep.*starting from segment "s1"/) },
      ],
    });
  });
});

describe('withoutSegment', () => {
  it('leaves rules that do not name the segment untouched', () => {
    const rules = [{ id: 'r', clauses: [plan] }];
    expect(withoutSegment(rules, 'gone')).toEqual({ rules, changed: false });
  });

  it('removes the key from a clause that names other segments too', () => {
    const { rules, changed } = withoutSegment([{ id: 'r', clauses: [match('gone', 'kept'), plan] }], 'gone');
    expect(changed).toBe(true);
    expect(rules).toEqual([{ id: 'r', clauses: [match('kept'), plan] }]);
  });

  it('removes a whole rule whose clause named only the segment, negated or not, so it never matches everyone', () => {
    const { rules } = withoutSegment(
      [
        { id: 'only', clauses: [match('gone')] },
        { id: 'negated', clauses: [{ ...match('gone'), negate: true }, plan] },
        { id: 'other', clauses: [plan] },
      ],
      'gone',
    );
    expect(rules.map((r) => r.id)).toEqual(['other']);
  });
});

describe('reference chains as paths', () => {
  const match = (...keys: string[]) => ({ attribute: 'key', op: 'segmentMatch', values: keys });
  it('names the cycle as the keys it goes through', () => {
    const others = new Map<string, unknown>([
      ['b', [{ clauses: [match('c')] }]],
      ['c', [{ clauses: [match('a')] }]],
    ]);
    expect(checkSegmentRules('a', [{ clauses: [match('b')] }], others, 'body')).toEqual({
      ok: false,
      issues: [
        { path: 'body.rules', message: 'segment references lead into a cycle: "a" → "b" → "c" → "a"' },
      ],
    });
  });
});
