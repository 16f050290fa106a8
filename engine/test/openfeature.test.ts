// The OpenFeature mapping (@ff/engine/openfeature): standard reasons only, ff's details in the metadata,
// one rule for targetingKey, and a context that survives the trip to OpenFeature and back unchanged in
// what it evaluates to (every vector).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRuleset } from '../src/index.ts';
import type { EvaluationResult, Reason } from '../src/index.ts';
import {
  FLAG_METADATA,
  OPENFEATURE_REASONS,
  fromOpenFeatureContext,
  toFlagMetadata,
  toOpenFeatureContext,
  toOpenFeatureReason,
  toOpenFeatureResolution,
} from '../src/openfeature.ts';
import { VECTORS_PATH } from './generate-vectors.ts';
import type { Vectors } from './generate-vectors.ts';

const vectors = JSON.parse(readFileSync(VECTORS_PATH, 'utf8')) as Vectors;
const FF_REASONS: Reason[] = [
  'DISABLED',
  'PREREQUISITE_FAILED',
  'TARGETING_MATCH',
  'SPLIT',
  'DEFAULT',
  'ERROR',
];

describe('reasons', () => {
  it('maps every ff reason to a standard one: a failed prerequisite is DISABLED, the rest unchanged', () => {
    expect(Object.fromEntries(FF_REASONS.map((r) => [r, toOpenFeatureReason(r)]))).toEqual({
      DISABLED: 'DISABLED',
      PREREQUISITE_FAILED: 'DISABLED',
      TARGETING_MATCH: 'TARGETING_MATCH',
      SPLIT: 'SPLIT',
      DEFAULT: 'DEFAULT',
      ERROR: 'ERROR',
    });
  });

  it('turns a reason it does not know into UNKNOWN, never passes it through', () => {
    expect(toOpenFeatureReason('SOMETHING_NEW')).toBe('UNKNOWN');
    expect(toOpenFeatureReason('constructor')).toBe('UNKNOWN');
  });

  it('resolves every vector to a standard reason, with ff’s reason in the metadata', () => {
    for (const c of vectors.cases) {
      const result = compileRuleset(c.ruleset).evaluate(c.flag, c.context as never, c.default);
      const resolution = toOpenFeatureResolution(result);
      expect(OPENFEATURE_REASONS).toContain(resolution.reason);
      expect(resolution.flagMetadata[FLAG_METADATA.reason]).toBe(c.expect.reason);
    }
  });
});

describe('toOpenFeatureResolution', () => {
  const prerequisiteFailed: EvaluationResult = {
    value: 'c',
    variationIndex: 2,
    variant: 'c',
    reason: 'PREREQUISITE_FAILED',
    prerequisiteKey: 'payments-v2',
  };

  it('sends DISABLED for a failed prerequisite and carries the details under the shared names', () => {
    expect(toOpenFeatureResolution(prerequisiteFailed, { flagVersion: 3, environmentVersion: 42 })).toEqual({
      value: 'c',
      variant: 'c',
      reason: 'DISABLED',
      flagMetadata: {
        ffReason: 'PREREQUISITE_FAILED',
        variationIndex: 2,
        prerequisiteKey: 'payments-v2',
        flagVersion: 3,
        environmentVersion: 42,
      },
    });
  });

  it('leaves prerequisiteKey out for client audiences (it may name a server-only flag)', () => {
    expect(toFlagMetadata(prerequisiteFailed, { audience: 'client' })).toEqual({
      ffReason: 'PREREQUISITE_FAILED',
      variationIndex: 2,
    });
  });

  it('keeps the rule, the error code and the message', () => {
    const rule: EvaluationResult = {
      value: true,
      variationIndex: 0,
      variant: 'on',
      reason: 'SPLIT',
      ruleId: 'pro',
      ruleIndex: 1,
    };
    expect(toOpenFeatureResolution(rule)).toEqual({
      value: true,
      variant: 'on',
      reason: 'SPLIT',
      flagMetadata: { ffReason: 'SPLIT', variationIndex: 0, ruleId: 'pro', ruleIndex: 1 },
    });
    const error: EvaluationResult = {
      value: 7,
      reason: 'ERROR',
      errorCode: 'GENERAL',
      errorMessage: 'cycle',
    };
    expect(toOpenFeatureResolution(error)).toEqual({
      value: 7,
      reason: 'ERROR',
      errorCode: 'GENERAL',
      errorMessage: 'cycle',
      flagMetadata: { ffReason: 'ERROR' },
    });
  });
});

describe('contexts', () => {
  it.each([
    ['targetingKey is the key', { targetingKey: 't', plan: 'pro' }, { key: 't', plan: 'pro' }],
    ['targetingKey wins over a key attribute', { targetingKey: 't', key: 'k' }, { key: 't' }],
    ['a key attribute is the key without targetingKey', { key: 'k' }, { key: 'k' }],
    ['an empty targetingKey is no key', { targetingKey: '', plan: 'pro' }, { plan: 'pro' }],
    ['an empty targetingKey leaves a key attribute', { targetingKey: '', key: 'k' }, { key: 'k' }],
    ['a non-string targetingKey is no key', { targetingKey: 5 }, {}],
    ['null is the empty context', null, {}],
    ['an array is the empty context', ['t'], {}],
    ['a string is not an OpenFeature context', 't', {}],
  ])('from OpenFeature: %s', (_, input, expected) => {
    expect(fromOpenFeatureContext(input)).toEqual(expected);
  });

  it.each([
    ['a key becomes targetingKey', { key: 'u', plan: 'pro' }, { targetingKey: 'u', plan: 'pro' }],
    ['a bare string is the key', 'u', { targetingKey: 'u' }],
    ['an empty key stays an attribute', { key: '' }, { key: '' }],
    ['a non-string key stays an attribute', { key: 5 }, { key: 5 }],
    ['null is the empty context', null, {}],
    ['a number is the empty context', 42, {}],
  ])('to OpenFeature: %s', (_, input, expected) => {
    expect(toOpenFeatureContext(input)).toEqual(expected);
  });

  it('gives every vector the same result after the trip to OpenFeature and back', () => {
    for (const c of vectors.cases) {
      const compiled = compileRuleset(c.ruleset);
      const direct = compiled.evaluate(c.flag, c.context as never, c.default);
      const viaOpenFeature = compiled.evaluate(
        c.flag,
        fromOpenFeatureContext(toOpenFeatureContext(c.context)),
        c.default,
      );
      expect(viaOpenFeature, c.name).toEqual(direct);
    }
  });
});
