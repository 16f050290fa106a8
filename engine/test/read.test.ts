// readRuleset / readRulesetFlag / readSegment: what SDKs accept from a server. A clause whose operator
// this engine does not know is kept (it never matches when compiled), so only the rules holding it stop
// matching; anything else validateRuleset refuses is still refused, the input is left untouched, and a
// document without unknown operators reads exactly as validateRuleset reads it.
import { describe, expect, it } from 'vitest';
import { compileRuleset, readRuleset, readRulesetFlag, readSegment, validateRuleset } from '../src/index.ts';
import { clause, ctx, flag, rule, ruleset, segment } from './builders.ts';

const newer = () => ({
  version: 3,
  ...ruleset(
    [
      flag('f', {
        rules: [
          rule('new', [clause('plan', 'fancyNewOp', [{ any: 'json' }])], 1),
          rule('old', [clause('plan', 'in', ['pro'])], 1),
        ],
      }),
      flag('g', { rules: [rule('seg', [clause('key', 'segmentMatch', ['s'])], 1)] }),
    ],
    [segment('s', { included: ['ada'], rules: [[clause('plan', 'fancyNewOp', ['x'], true)]] })],
  ),
});

describe('readRuleset', () => {
  it('keeps a clause of an unknown operator, which never matches, and validates the rest', () => {
    const input = newer();
    const before = JSON.stringify(input);
    expect(validateRuleset(input).ok).toBe(false);
    const read = readRuleset(input);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(JSON.stringify(input)).toBe(before);
    expect(read.value.flags.f!.config.rules[0]!.clauses[0]).toEqual({
      attribute: 'plan',
      op: 'fancyNewOp',
      values: [{ any: 'json' }],
    });
    expect(read.value.segments.s!.rules[0]!.clauses[0]!.op).toBe('fancyNewOp');
    const compiled = compileRuleset(read.value);
    // The unknown clause skips its rule; the next one still serves.
    expect(compiled.evaluate('f', ctx('u', { plan: 'pro' })).reason).toBe('TARGETING_MATCH');
    expect(compiled.evaluate('f', ctx('u', { plan: 'pro' }))).toMatchObject({ ruleId: 'old' });
    expect(compiled.evaluate('f', ctx('u', { plan: 'fancy' })).reason).toBe('DEFAULT');
    // The segment's rule never matches (negated too); its members still do.
    expect(compiled.evaluate('g', ctx('ada')).variationIndex).toBe(1);
    expect(compiled.evaluate('g', ctx('bob', { plan: 'x' })).variationIndex).toBe(0);
  });

  it('reads a document without unknown operators as validateRuleset does', () => {
    const doc = {
      version: 1,
      ...ruleset([flag('f', { rules: [rule('r', [clause('a', 'in', ['x'])], 1)] })]),
    };
    expect(readRuleset(doc)).toEqual(validateRuleset(doc));
  });

  it('still refuses what is wrong besides the operator: its clause shape, other clauses, the rest', () => {
    const bad = (edit: (doc: ReturnType<typeof newer>) => void) => {
      const doc = newer();
      edit(doc);
      return readRuleset(doc);
    };
    expect(bad((d) => ((d.flags.f!.config.rules[0]!.clauses[0] as { values: unknown }).values = [])).ok).toBe(
      false,
    );
    expect(
      bad((d) => ((d.flags.f!.config.rules[0]!.clauses[0] as { attribute: string }).attribute = '')).ok,
    ).toBe(false);
    expect(bad((d) => (d.flags.f!.config.rules[1]!.clauses[0]!.values = [{ no: 1 }] as never)).ok).toBe(
      false,
    );
    expect(bad((d) => (d.flags.f!.config.offVariation = 9)).ok).toBe(false);
    expect(readRuleset('nope').ok).toBe(false);
  });

  it('reads one flag and one segment (stream patches) the same way', () => {
    const doc = newer();
    const f = readRulesetFlag(doc.flags.f);
    expect(f.ok && f.value.config.rules[0]!.clauses[0]!.op).toBe('fancyNewOp');
    const s = readSegment(doc.segments.s);
    expect(s.ok && s.value.rules[0]!.clauses[0]!.op).toBe('fancyNewOp');
    expect(readRulesetFlag({ ...doc.flags.f, kind: 'nope' }).ok).toBe(false);
  });
});
