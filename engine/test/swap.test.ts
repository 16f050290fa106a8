// setFlag / setSegment swap one entry of a compiled ruleset in place: after every step of a sequence of
// changes, the swapped ruleset must evaluate (and explain) exactly like one compiled afresh from the
// changed document, through segment references, segments naming segments and prerequisite chains.
import { describe, expect, it } from 'vitest';
import { compileRuleset, MAX_PREREQUISITE_DEPTH } from '../src/index.ts';
import type { Ruleset, RulesetFlag, Segment } from '../src/index.ts';
import { clause, ctx, flag, rule, ruleset, segment } from './builders.ts';

const contexts = [
  ctx('ada', { plan: 'pro', country: 'US' }),
  ctx('bob', { plan: 'free', country: 'CA' }),
  ctx('cy', { plan: 'pro', country: 'FR' }),
  ctx('dee'),
  {},
];

const inSegment = (key: string) => rule(`in-${key}`, [clause('key', 'segmentMatch', [key])], 0);

function base(): Ruleset {
  return {
    version: 1,
    ...ruleset(
      [
        flag('root', { fallthrough: { variation: 0 } }),
        flag('child', { prerequisites: [{ flag: 'root', variation: 0 }], rules: [inSegment('pros')] }),
        flag('grandchild', { prerequisites: [{ flag: 'child', variation: 0 }] }),
        flag('by-nested', { rules: [inSegment('nested')], fallthrough: { variation: 1 } }),
        flag('plain', { targets: [{ variation: 1, values: ['bob'] }] }),
      ],
      [
        segment('pros', { included: ['dee'], rules: [[clause('plan', 'in', ['pro'])]] }),
        segment('nested', { excluded: ['cy'], rules: [[clause('key', 'segmentMatch', ['pros'])]] }),
      ],
    ),
  };
}

type Step =
  | { kind: 'flag'; key: string; value: RulesetFlag | undefined }
  | { kind: 'segment'; key: string; value: Segment | undefined };

function applyToDoc(doc: Ruleset, step: Step, version: number): Ruleset {
  const flags = { ...doc.flags };
  const segments = { ...doc.segments };
  if (step.kind === 'flag') {
    if (step.value === undefined) delete flags[step.key];
    else flags[step.key] = step.value;
  } else if (step.value === undefined) delete segments[step.key];
  else segments[step.key] = step.value;
  return { version, flags, segments };
}

function expectSame(swapped: ReturnType<typeof compileRuleset>, doc: Ruleset): void {
  const fresh = compileRuleset(doc);
  expect(swapped.version).toBe(fresh.version);
  expect(swapped.keys()).toEqual(fresh.keys());
  for (const c of contexts) {
    expect(swapped.evaluateAll(c)).toEqual(fresh.evaluateAll(c));
    for (const key of fresh.keys()) expect(swapped.explain(key, c)).toEqual(fresh.explain(key, c));
  }
}

const chain = (n: number): RulesetFlag[] =>
  Array.from({ length: n }, (_, i) =>
    flag(`c${i}`, { prerequisites: i === 0 ? [] : [{ flag: `c${i - 1}`, variation: 0 }] }),
  );

const sequences: Record<string, Step[]> = {
  'a flag turned off, on, given a rule and targets': [
    { kind: 'flag', key: 'root', value: flag('root', { on: false }) },
    { kind: 'flag', key: 'root', value: flag('root') },
    { kind: 'flag', key: 'plain', value: flag('plain', { rules: [inSegment('nested')] }) },
    { kind: 'flag', key: 'plain', value: flag('plain', { targets: [{ variation: 0, values: ['ada'] }] }) },
  ],
  'flags added and removed, prerequisites to a missing then present flag': [
    { kind: 'flag', key: 'late', value: flag('late', { prerequisites: [{ flag: 'ghost', variation: 0 }] }) },
    { kind: 'flag', key: 'ghost', value: flag('ghost', { on: false }) },
    { kind: 'flag', key: 'ghost', value: undefined },
    { kind: 'flag', key: 'child', value: undefined },
    { kind: 'flag', key: 'child', value: flag('child', { rules: [inSegment('pros')] }) },
  ],
  'a prerequisite cycle made and broken': [
    {
      kind: 'flag',
      key: 'root',
      value: flag('root', { prerequisites: [{ flag: 'grandchild', variation: 0 }] }),
    },
    {
      kind: 'flag',
      key: 'plain',
      value: flag('plain', { prerequisites: [{ flag: 'child', variation: 0 }] }),
    },
    { kind: 'flag', key: 'root', value: flag('root') },
  ],
  'segments replaced, nested, removed and restored': [
    { kind: 'segment', key: 'pros', value: segment('pros', { included: ['bob'] }) },
    { kind: 'segment', key: 'pros', value: segment('pros', { rules: [[clause('country', 'in', ['US'])]] }) },
    { kind: 'segment', key: 'pros', value: undefined },
    {
      kind: 'segment',
      key: 'pros',
      value: segment('pros', { excluded: ['ada'], rules: [[clause('plan', 'in', ['pro'])]] }),
    },
    { kind: 'segment', key: 'nested', value: segment('nested', { included: ['bob'] }) },
    { kind: 'segment', key: 'fresh', value: segment('fresh', { included: ['cy'] }) },
    { kind: 'flag', key: 'plain', value: flag('plain', { rules: [inSegment('fresh')] }) },
  ],
  'a segment cycle made and broken': [
    {
      kind: 'segment',
      key: 'pros',
      value: segment('pros', { rules: [[clause('key', 'segmentMatch', ['nested'])]] }),
    },
    { kind: 'segment', key: 'pros', value: segment('pros', { included: ['ada'] }) },
  ],
};

describe('CompiledRuleset.setFlag / setSegment', () => {
  for (const [name, steps] of Object.entries(sequences)) {
    it(`evaluates like a fresh compile after each step: ${name}`, () => {
      let doc = base();
      const swapped = compileRuleset(doc);
      steps.forEach((step, i) => {
        const version = i + 2;
        doc = applyToDoc(doc, step, version);
        if (step.kind === 'flag') swapped.setFlag(step.key, step.value, version);
        else swapped.setSegment(step.key, step.value, version);
        expectSame(swapped, doc);
      });
    });
  }

  it('re-derives depth errors along a chain when a prerequisite makes it too deep, and back', () => {
    const n = MAX_PREREQUISITE_DEPTH + 1;
    let doc: Ruleset = { version: 1, ...ruleset(chain(n)) };
    const swapped = compileRuleset(doc);
    expect(swapped.evaluate(`c${n - 1}`, 'ada').reason).not.toBe('ERROR');
    const deeper = flag('c0', { prerequisites: [{ flag: 'extra', variation: 0 }] });
    for (const [key, value] of [
      ['extra', flag('extra')],
      ['c0', deeper],
      ['c0', flag('c0')],
    ] as const) {
      doc = applyToDoc(doc, { kind: 'flag', key, value }, (doc.version ?? 0) + 1);
      swapped.setFlag(key, value, doc.version);
      expectSame(swapped, doc);
    }
    swapped.setFlag('c0', deeper);
    expect(swapped.evaluate(`c${n - 1}`, 'ada').reason).toBe('ERROR');
  });

  it('recompiles only the swapped flag: the other flags keep their compiled form', () => {
    const swapped = compileRuleset(base());
    const before = swapped.explain('grandchild', 'ada');
    swapped.setFlag('plain', flag('plain', { on: false }), 2);
    expect(swapped.version).toBe(2);
    expect(swapped.explain('grandchild', 'ada')).toEqual(before);
    expect(swapped.evaluate('plain', 'ada').reason).toBe('DISABLED');
  });
});
