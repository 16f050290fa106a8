// What a stream is sent for a batch of changes, from the current ruleset: the ordering and membership
// rules that the http tests cannot easily provoke.
import { compileRuleset, enrolledVariant, experimentRollout } from '@ff/engine';
import type { CompiledRuleset, ExperimentSplit } from '@ff/engine';
import { describe, expect, it } from 'vitest';
import type { RulesetEntry } from '../sdk/ruleset.ts';
import type { SdkRuleset, SdkRulesetFlag, SdkSegment } from '../sdk/store.ts';
import type { Change } from '../../stream/changes.ts';
import { clientEvents, PatchTexts, putEvent, serverEvents } from './events.ts';
import type { Audience } from './events.ts';

const segment = (key: string, included: string[], rules: SdkSegment['rules'] = []): SdkSegment => ({
  key,
  included,
  excluded: [],
  rules,
});
const inSegment = (key: string) => ({ attribute: 'key', op: 'segmentMatch' as const, values: [key] });

function flag(key: string, opts: { clientSide?: boolean; segment?: string; prerequisite?: string } = {}) {
  return {
    key,
    kind: 'boolean',
    variations: [{ value: true }, { value: false }],
    clientSide: opts.clientSide ?? true,
    version: 1,
    config: {
      on: true,
      offVariation: 1,
      prerequisites: opts.prerequisite ? [{ flag: opts.prerequisite, variation: 0 }] : [],
      targets: [],
      rules: opts.segment ? [{ id: 'r', clauses: [inSegment(opts.segment)], serve: { variation: 0 } }] : [],
      fallthrough: { variation: 1 },
    },
  } as unknown as SdkRulesetFlag;
}

function entry(
  version: number,
  flags: SdkRulesetFlag[],
  segments: SdkSegment[],
  experiments = new Map<string, ExperimentSplit>(),
): RulesetEntry {
  const ruleset: SdkRuleset = {
    version,
    flags: Object.fromEntries(flags.map((f) => [f.key, f])),
    segments: Object.fromEntries(segments.map((s) => [s.key, s])),
  };
  let compiled: CompiledRuleset | undefined;
  return {
    environmentId: 'e',
    version,
    etag: `"${version}"`,
    body: JSON.stringify(ruleset),
    ruleset,
    compiled: () => (compiled ??= compileRuleset(ruleset as never)),
    gzipped: () => Buffer.alloc(0),
    experiments,
  };
}

const change = (version: number, kind: Change['kind'], key: string): Change => ({
  environmentId: 'e',
  version,
  kind,
  key,
});
const parsed = (events: { name: string; data: string }[]) =>
  events.map((e) => ({ name: e.name, ...(JSON.parse(e.data) as { key: string; kind: string }) }));

describe('server stream events', () => {
  it('sends a segment a changed flag starts to name before the flag, including segments it names', () => {
    const audience: Audience = { kind: 'server', context: undefined, has: new Set() };
    putEvent(audience, entry(1, [flag('a')], []));
    const now = entry(
      2,
      [flag('a', { segment: 'outer' })],
      [segment('outer', [], [{ id: 'x', clauses: [inSegment('inner')] }]), segment('inner', ['u'])],
    );
    const events = parsed(
      serverEvents(audience, new PatchTexts(now.ruleset, 2), [change(2, 'flag', 'a')], false),
    );
    expect(events.map((e) => `${e.name} ${e.kind} ${e.key}`)).toEqual([
      'patch segment inner',
      'patch segment outer',
      'patch flag a',
    ]);
    // Held now: a later change of the flag alone does not send them again.
    const again = serverEvents(audience, new PatchTexts(now.ruleset, 3), [change(3, 'flag', 'a')], false);
    expect(parsed(again).map((e) => e.key)).toEqual(['a']);
  });

  it('deletes an archived flag, and segments no flag names any more', () => {
    const audience: Audience = { kind: 'server', context: undefined, has: new Set() };
    putEvent(audience, entry(1, [flag('a', { segment: 's' }), flag('b')], [segment('s', [])]));
    const now = entry(2, [flag('b')], []);
    const events = parsed(
      serverEvents(audience, new PatchTexts(now.ruleset, 2), [change(2, 'flag', 'a')], false),
    );
    expect(events).toEqual([
      { name: 'delete', version: 2, kind: 'flag', key: 'a' },
      { name: 'delete', version: 2, kind: 'segment', key: 's' },
    ]);
  });

  it('on resume, sends every segment the changed flags need (it cannot know what the stream holds)', () => {
    const audience: Audience = { kind: 'server', context: undefined, has: new Set(['s']) };
    const now = entry(5, [flag('a', { segment: 's' })], [segment('s', ['u'])]);
    const events = serverEvents(audience, new PatchTexts(now.ruleset, 5), [change(4, 'flag', 'a')], true);
    expect(parsed(events).map((e) => e.key)).toEqual(['s', 'a']);
    expect([...audience.has]).toEqual(['s']);
  });
});

describe('client stream events', () => {
  const ctx = { key: 'u' };

  it('re-evaluates a changed flag and the flags that have it as a prerequisite', () => {
    const audience: Audience = { kind: 'client', context: ctx, has: new Set() };
    const now = entry(2, [flag('a'), flag('b', { prerequisite: 'a' }), flag('c')], []);
    putEvent(audience, now);
    const events = clientEvents(audience, now, 2, [change(2, 'flag', 'a')], false);
    expect(events !== 'put' && parsed(events).map((e) => e.key)).toEqual(['a', 'b']);
  });

  it('deletes a flag it was shown once it is no longer client-side, and never names a server-side one', () => {
    const audience: Audience = { kind: 'client', context: ctx, has: new Set() };
    putEvent(audience, entry(1, [flag('a'), flag('secret', { clientSide: false })], []));
    const now = entry(2, [flag('a', { clientSide: false }), flag('secret', { clientSide: false })], []);
    const events = clientEvents(
      audience,
      now,
      2,
      [change(2, 'flag', 'a'), change(2, 'flag', 'secret')],
      false,
    );
    expect(events !== 'put' && parsed(events)).toEqual([
      { name: 'delete', version: 2, kind: 'flag', key: 'a' },
    ]);
  });

  it('asks for a put after a segment change, or on a resume past a flag it cannot see', () => {
    const audience: Audience = { kind: 'client', context: ctx, has: new Set() };
    const now = entry(3, [flag('a'), flag('secret', { clientSide: false })], [segment('s', [])]);
    expect(clientEvents(audience, now, 3, [change(3, 'segment', 's')], false)).toBe('put');
    expect(clientEvents(audience, now, 3, [change(3, 'flag', 'secret')], true)).toBe('put');
    expect(clientEvents(audience, now, 3, [change(3, 'flag', 'a')], true)).not.toBe('put');
  });

  it("marks a running experiment's variant inExperiment, in the put and in patches, for enrolled contexts only", () => {
    const split = { weights: [1, 1], allocation: 50, salt: 'experiment:x' };
    const keys = Array.from({ length: 200 }, (_, i) => `u${i}`);
    const enrolled = keys.find((k) => enrolledVariant(split, k) === 1)!;
    const outside = keys.find((k) => enrolledVariant(split, k) === null)!;
    const x = flag('x');
    x.config.fallthrough = { rollout: experimentRollout(split) };
    const now = entry(4, [x, flag('a')], [], new Map([['x', split]]));
    const value = (key: string, via: 'put' | 'patch') => {
      const audience: Audience = { kind: 'client', context: { key }, has: new Set() };
      const put = JSON.parse(putEvent(audience, now).data) as { flags: Record<string, object> };
      if (via === 'put') return { x: put.flags.x, a: put.flags.a };
      const events = clientEvents(audience, now, 4, [change(4, 'flag', 'x'), change(4, 'flag', 'a')], false);
      const byKey = Object.fromEntries(
        events === 'put'
          ? []
          : events
              .map((e) => JSON.parse(e.data) as { key: string; value: object })
              .map((e) => [e.key, e.value]),
      );
      return { x: byKey.x as object, a: byKey.a as object };
    };
    for (const via of ['put', 'patch'] as const) {
      expect(value(enrolled, via)).toEqual({
        x: { value: false, variationIndex: 1, reason: 'SPLIT', inExperiment: true },
        a: { value: false, variationIndex: 1, reason: 'DEFAULT' },
      });
      expect(value(outside, via).x).toEqual({ value: true, variationIndex: 0, reason: 'SPLIT' });
    }
  });
});
