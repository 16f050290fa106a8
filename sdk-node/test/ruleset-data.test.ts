import { describe, expect, it } from 'vitest';
import { applyChange as applyInPlace, changedFlags, Dependents } from '@ff/engine';
import type { Ruleset } from '@ff/engine';
import { acceptRuleset, applyDelete, applyPatch, parseDelete, parsePatch } from '../src/ruleset-data.ts';
import { boolFlag, ruleset, segment } from './builders.ts';

const inSegment = (s: string) => ({
  rules: [
    {
      id: 'r',
      clauses: [{ attribute: 'key', op: 'segmentMatch' as const, values: [s] }],
      serve: { variation: 0 },
    },
  ],
});

describe('acceptRuleset', () => {
  it('accepts a valid ruleset and refuses one the engine’s validator refuses, naming the path', () => {
    expect(acceptRuleset(ruleset(1, [boolFlag('a')])).ok).toBe(true);
    const bad = ruleset(1, [boolFlag('a', { offVariation: 7 })]);
    const result = acceptRuleset(bad);
    expect(result).toMatchObject({ ok: false });
    expect(result.ok === false && result.error).toContain('flags.a.config.offVariation');
    expect(acceptRuleset('nope')).toMatchObject({ ok: false });
  });
});

describe('applyPatch / applyDelete', () => {
  const base = ruleset(5, [boolFlag('a'), boolFlag('b')], [segment('s', ['u'])]);

  it('replaces one flag or segment and moves the version, leaving the rest untouched', () => {
    const next = applyPatch(base, {
      version: 6,
      kind: 'flag',
      key: 'a',
      value: boolFlag('a', { on: false }),
    });
    expect(next.ok).toBe(true);
    if (next.ok !== true) return;
    expect(next.ruleset.version).toBe(6);
    expect(next.ruleset.flags.a!.config.on).toBe(false);
    expect(next.ruleset.flags.b).toBe(base.flags.b);
    expect(base.flags.a!.config.on).toBe(true); // the current ruleset is never mutated
    const seg = applyPatch(base, { version: 6, kind: 'segment', key: 't', value: segment('t', ['x']) });
    expect(seg.ok === true && Object.keys(seg.ruleset.segments)).toEqual(['s', 't']);
  });

  it('refuses malformed patches: bad shape, a key that differs, unknown kind, invalid config', () => {
    const cases: unknown[] = [
      null,
      { version: 6, kind: 'flag', key: 'a' },
      { version: 6, kind: 'flag', key: 'a', value: boolFlag('b') },
      { version: 6, kind: 'toggle', key: 'a', value: boolFlag('a') },
      { version: -1, kind: 'flag', key: 'a', value: boolFlag('a') },
      { version: 6, kind: 'flag', key: 'a', value: boolFlag('a', { offVariation: 9 }) },
      { version: 6, kind: 'segment', key: 's', value: { key: 's', included: 'everyone' } },
    ];
    for (const input of cases) expect(applyPatch(base, input).ok, JSON.stringify(input)).toBe(false);
  });

  it('ignores replays: a change below the current version is stale', () => {
    expect(applyPatch(base, { version: 4, kind: 'flag', key: 'a', value: boolFlag('a') })).toEqual({
      ok: 'stale',
    });
    expect(applyDelete(base, { version: 4, kind: 'flag', key: 'a' })).toEqual({ ok: 'stale' });
  });

  it('applies every event of one version: a commit that reaches a segment and a flag sends both at v6', () => {
    const first = applyPatch(base, { version: 6, kind: 'segment', key: 's', value: segment('s', ['v']) });
    expect(first.ok).toBe(true);
    if (first.ok !== true) return;
    const second = applyPatch(first.ruleset, {
      version: 6,
      kind: 'flag',
      key: 'a',
      value: boolFlag('a', { on: false }),
    });
    expect(second.ok).toBe(true);
    if (second.ok !== true) return;
    expect(second.ruleset.version).toBe(6);
    expect(second.ruleset.flags.a!.config.on).toBe(false);
    expect(second.ruleset.segments.s!.included).toEqual(['v']);
    const gone = applyDelete(second.ruleset, { version: 6, kind: 'flag', key: 'b' });
    expect(gone.ok === true && Object.keys(gone.ruleset.flags)).toEqual(['a']);
  });

  it('deletes a flag or a segment', () => {
    const flag = applyDelete(base, { version: 6, kind: 'flag', key: 'a' });
    expect(flag.ok === true && Object.keys(flag.ruleset.flags)).toEqual(['b']);
    const seg = applyDelete(base, { version: 7, kind: 'segment', key: 's' });
    expect(seg.ok === true && seg.ruleset.segments).toEqual({});
  });
});

describe('changedFlags', () => {
  it('lists changed, added and removed flags, and those depending on them through prerequisites', () => {
    const before = ruleset(1, [
      boolFlag('a'),
      boolFlag('b'),
      boolFlag('c', { prerequisites: [{ flag: 'a', variation: 0 }] }),
    ]);
    const after = ruleset(2, [
      boolFlag('a', { on: false }),
      boolFlag('c', { prerequisites: [{ flag: 'a', variation: 0 }] }),
      boolFlag('d'),
    ]);
    expect(changedFlags(before, after)).toEqual(['a', 'b', 'c', 'd']);
    expect(changedFlags(after, after)).toEqual([]);
  });

  it('follows segments, through segments that name them', () => {
    const flags = [
      boolFlag('direct', inSegment('s')),
      boolFlag('nested', inSegment('outer')),
      boolFlag('other'),
    ];
    const outer = segment('outer', [], {
      rules: [{ clauses: [{ attribute: 'key', op: 'segmentMatch', values: ['s'] }] }],
    });
    const before = ruleset(1, flags, [segment('s', ['u1']), outer]);
    const after = ruleset(2, flags, [segment('s', ['u1', 'u2']), outer]);
    expect(changedFlags(before, after)).toEqual(['direct', 'nested']);
  });

  it('lists every flag of a first ruleset', () => {
    expect(changedFlags(undefined, ruleset(1, [boolFlag('x'), boolFlag('y')]))).toEqual(['x', 'y']);
  });
});

describe('applyInPlace', () => {
  const outer = segment('outer', [], {
    rules: [{ clauses: [{ attribute: 'key', op: 'segmentMatch', values: ['s'] }] }],
  });
  const base = () =>
    ruleset(
      3,
      [
        boolFlag('a'),
        boolFlag('b', { prerequisites: [{ flag: 'a', variation: 0 }] }),
        boolFlag('c', { prerequisites: [{ flag: 'b', variation: 0 }] }),
        boolFlag('direct', inSegment('s')),
        boolFlag('nested', inSegment('outer')),
      ],
      [segment('s', ['u']), outer],
    );
  const events: [string, unknown][] = [
    ['patch', { version: 4, kind: 'flag', key: 'a', value: boolFlag('a', { on: false }) }],
    ['patch', { version: 4, kind: 'flag', key: 'a', value: boolFlag('a') }],
    ['patch', { version: 4, kind: 'flag', key: 'new', value: boolFlag('new') }],
    ['patch', { version: 4, kind: 'segment', key: 's', value: segment('s', ['u', 'v']) }],
    ['patch', { version: 4, kind: 'segment', key: 'fresh', value: segment('fresh', ['w']) }],
    ['delete', { version: 4, kind: 'flag', key: 'b' }],
    ['delete', { version: 4, kind: 'segment', key: 's' }],
    ['delete', { version: 4, kind: 'flag', key: 'absent' }],
  ];

  it('changes the ruleset like applyPatch / applyDelete and reports what changedFlags reports', () => {
    for (const [event, data] of events) {
      const doc: Ruleset = base();
      const copied = (event === 'patch' ? applyPatch : applyDelete)(base(), data);
      const parsed = (event === 'patch' ? parsePatch : parseDelete)(doc, data);
      if (parsed.ok !== true || copied.ok !== true) throw new Error(`${JSON.stringify(data)} refused`);
      const flags = applyInPlace(doc, parsed.change);
      expect(doc, JSON.stringify(data)).toEqual(copied.ruleset);
      expect(Object.keys(doc.flags)).toEqual(Object.keys(copied.ruleset.flags));
      expect(flags, JSON.stringify(data)).toEqual(changedFlags(base(), copied.ruleset));
    }
  });

  it('finds the same flags through a Dependents index kept current across a sequence of patches', () => {
    const doc: Ruleset = base();
    const dependents = new Dependents(doc);
    let expected: Ruleset = base();
    const sequence: [string, unknown][] = [
      ...events,
      [
        'patch',
        {
          kind: 'flag',
          key: 'd2',
          value: boolFlag('d2', { prerequisites: [{ flag: 'new', variation: 0 }] }),
        },
      ],
      ['patch', { kind: 'flag', key: 'new', value: boolFlag('new', { on: false }) }],
      ['patch', { kind: 'flag', key: 'c', value: boolFlag('c') }],
      ['patch', { kind: 'flag', key: 'a', value: boolFlag('a', { on: false }) }],
      ['patch', { kind: 'segment', key: 'fresh', value: segment('fresh', ['x']) }],
      ['patch', { kind: 'flag', key: 'direct', value: boolFlag('direct', inSegment('fresh')) }],
      ['patch', { kind: 'segment', key: 'fresh', value: segment('fresh', ['y']) }],
    ];
    sequence.forEach(([event, data], i) => {
      const input = { ...(data as object), version: 10 + i };
      const parsed = (event === 'patch' ? parsePatch : parseDelete)(doc, input);
      const copied = (event === 'patch' ? applyPatch : applyDelete)(expected, input);
      if (parsed.ok !== true || copied.ok !== true) throw new Error(`${JSON.stringify(input)} refused`);
      const flags = applyInPlace(doc, parsed.change, dependents);
      expect(flags, JSON.stringify(input)).toEqual(changedFlags(expected, copied.ruleset));
      expected = copied.ruleset;
    });
    expect(doc).toEqual(expected);
  });

  it('reports nothing for a patch that carries what is already there', () => {
    // As a client holds it: parsed by the engine's schema, like the patch.
    const accepted = acceptRuleset(base());
    if (accepted.ok !== true) throw new Error('refused');
    const doc = accepted.ruleset;
    const parsed = parsePatch(doc, { version: 4, kind: 'flag', key: 'a', value: boolFlag('a') });
    if (parsed.ok !== true) throw new Error('refused');
    expect(applyInPlace(doc, parsed.change)).toEqual([]);
    expect(doc.version).toBe(4);
  });
});
