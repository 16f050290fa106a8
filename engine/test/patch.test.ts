// patchRuleset: the patch step sdk-node and the API's ruleset cache share. After every change of a
// sequence, the patched document equals the document with the change written in, the patched compiled
// ruleset evaluates like one compiled afresh from it, and the flags reported changed are what
// changedFlags finds between the two documents (with and without a Dependents index).
import { describe, expect, it } from 'vitest';
import { changedFlags, compileRuleset, Dependents, patchRuleset } from '../src/index.ts';
import type { Ruleset, RulesetChange } from '../src/index.ts';
import { clause, ctx, flag, rule, ruleset, segment } from './builders.ts';

const inSegment = (key: string) => rule(`in-${key}`, [clause('key', 'segmentMatch', [key])], 0);

function base(): Ruleset {
  return {
    version: 1,
    ...ruleset(
      [
        flag('root'),
        flag('child', { prerequisites: [{ flag: 'root', variation: 0 }], rules: [inSegment('pros')] }),
        flag('by-nested', { rules: [inSegment('nested')], fallthrough: { variation: 1 } }),
        flag('plain'),
      ],
      [
        segment('pros', { included: ['dee'], rules: [[clause('plan', 'in', ['pro'])]] }),
        segment('nested', { rules: [[clause('key', 'segmentMatch', ['pros'])]] }),
      ],
    ),
  };
}

const changes: Omit<RulesetChange, 'version'>[] = [
  { kind: 'flag', key: 'root', value: flag('root', { on: false }) },
  { kind: 'segment', key: 'pros', value: segment('pros', { included: ['ada'] }) },
  { kind: 'flag', key: 'plain', value: flag('plain', { prerequisites: [{ flag: 'child', variation: 0 }] }) },
  { kind: 'flag', key: 'new', value: flag('new', { rules: [inSegment('nested')] }) },
  { kind: 'flag', key: 'plain', value: flag('plain', { prerequisites: [{ flag: 'child', variation: 0 }] }) },
  { kind: 'segment', key: 'nested', value: undefined },
  { kind: 'flag', key: 'child', value: undefined },
];

const contexts = [ctx('ada', { plan: 'pro' }), ctx('bob', { plan: 'free' }), ctx('dee'), {}];

describe('patchRuleset', () => {
  it.each([false, true])('patches document and compiled ruleset alike (Dependents index: %s)', (indexed) => {
    const doc = base();
    const compiled = compileRuleset(doc);
    const dependents = indexed ? new Dependents(doc) : undefined;
    let version = 1;
    for (const c of changes) {
      version += 1;
      const before = structuredClone(doc);
      const expected = structuredClone(doc);
      (c.kind === 'flag' ? expected.flags : expected.segments)[c.key] = c.value as never;
      if (c.value === undefined) delete (c.kind === 'flag' ? expected.flags : expected.segments)[c.key];
      expected.version = version;

      const flags = patchRuleset(doc, compiled, { ...c, version }, dependents);

      expect(doc).toEqual(expected);
      expect(flags, JSON.stringify(c)).toEqual(changedFlags(before, expected));
      expect(compiled.version).toBe(version);
      const fresh = compileRuleset(expected);
      for (const context of contexts)
        expect(compiled.evaluateAll(context)).toEqual(fresh.evaluateAll(context));
    }
  });

  it('reports nothing for a change that sets what is already there, and works without a compiled form', () => {
    const doc = base();
    expect(
      patchRuleset(doc, undefined, { version: 2, kind: 'flag', key: 'root', value: flag('root') }),
    ).toEqual([]);
    expect(doc.version).toBe(2);
  });
});
