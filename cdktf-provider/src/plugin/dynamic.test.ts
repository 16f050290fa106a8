import { encode, ExtData } from '@msgpack/msgpack';
import { describe, expect, test } from 'vitest';
import { pathFromAccessor } from './diagnostics.ts';
import { decodeMsgpack, encodeMsgpack, Unknown } from './dynamic.ts';
import type { CtyType } from './dynamic.ts';
import { applyDefaults, equal } from './schema.ts';
import type { Attributes } from './schema.ts';

const type: CtyType = [
  'object',
  {
    name: 'string',
    weight: 'number',
    on: 'bool',
    tags: ['set', 'string'],
    rules: ['list', ['object', { id: 'string' }]],
  },
];

describe('DynamicValue msgpack', () => {
  test('round-trips values, nulls and unknowns; every attribute of an object is written', () => {
    const bytes = encodeMsgpack(type, {
      name: 'x',
      weight: 100000,
      on: Unknown,
      tags: ['b', 'a'],
      rules: [{}],
    });
    expect(decodeMsgpack(bytes)).toEqual({
      name: 'x',
      weight: 100000,
      on: Unknown,
      tags: ['b', 'a'],
      rules: [{ id: null }],
    });
  });

  test('unknown is written as cty does (fixext1, type 0); refined unknowns (type 12) read as unknown', () => {
    expect([...encodeMsgpack('string', Unknown)]).toEqual([0xd4, 0, 0]);
    expect(decodeMsgpack(encode(new ExtData(12, encode({ 1: true }))))).toBe(Unknown);
    expect(decodeMsgpack(new Uint8Array())).toBeNull();
  });

  test('values of the wrong type are refused rather than sent', () => {
    expect(() => encodeMsgpack('number', 'ten')).toThrow(/expected a number/);
  });
});

describe('planning helpers', () => {
  const attrs: Attributes = {
    id: { type: 'string', computed: true, description: '' },
    description: { type: 'string', optional: true, default: '', description: '' },
    color: { type: 'string', optional: true, computed: true, description: '' },
    rules: {
      nested: {
        nesting: 'list',
        attributes: { negate: { type: 'bool', optional: true, default: false, description: '' } },
      },
      optional: true,
      description: '',
    },
  };

  test('defaults fill what the configuration leaves out; computed values are unknown on create, kept on update', () => {
    const config = { id: null, description: null, color: null, rules: [{ negate: null }] };
    expect(applyDefaults(attrs, config, null)).toEqual({
      id: Unknown,
      description: '',
      color: Unknown,
      rules: [{ negate: false }],
    });
    expect(
      applyDefaults(attrs, config, { id: 'p', description: 'old', color: '#ffffff', rules: [] }),
    ).toEqual({
      id: 'p',
      description: '',
      color: '#ffffff',
      rules: [{ negate: false }],
    });
  });

  test('sets compare without order, lists with it', () => {
    expect(equal(['set', 'string'], ['a', 'b'], ['b', 'a'])).toBe(true);
    expect(equal(['list', 'string'], ['a', 'b'], ['b', 'a'])).toBe(false);
    expect(equal('string', Unknown, Unknown)).toBe(true);
    expect(equal('string', Unknown, 'x')).toBe(false);
  });

  test('engine paths become attribute paths; a step into a set stops at the set', () => {
    expect(pathFromAccessor('rules[0].serve.rollout.bucketBy')).toEqual([
      'rules',
      0,
      'serve',
      'rollout',
      'bucket_by',
    ]);
    expect(pathFromAccessor('targets[1].variation', new Set(['targets']))).toEqual(['targets']);
    expect(pathFromAccessor('offVariation')).toEqual(['off_variation']);
  });
});
