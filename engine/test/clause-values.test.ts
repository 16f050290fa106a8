import { describe, expect, it } from 'vitest';
import {
  clauseValueFromText,
  clauseValuesFromText,
  clauseValueText,
  clauseValueTypeOf,
  OPERATOR_TEXT_TYPE,
} from '../src/clause-values.ts';
import type { ClauseValueType } from '../src/clause-values.ts';
import { OPERATORS } from '../src/operator-names.ts';
import { validateFlagConfig } from '../src/validate.ts';

// [op, text, auto-typed value]: the rule every surface that takes clause text applies.
const AUTO: [string, string, unknown][] = [
  ['in', 'pro', 'pro'],
  ['in', '42', '42'],
  ['notIn', 'true', 'true'],
  ['contains', '42', '42'],
  ['startsWith', '-1', '-1'],
  ['endsWith', '@acme.com', '@acme.com'],
  ['matches', '^\\d+$', '^\\d+$'],
  ['lt', '42', 42],
  ['lte', '-1.5', -1.5],
  ['gt', '1e3', 1000],
  ['gte', 'abc', 'abc'],
  ['gte', ' 42', ' 42'],
  ['gt', '0x2a', '0x2a'],
  ['before', '1700000000000', 1_700_000_000_000],
  ['after', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'],
  ['after', '2026-01-01', '2026-01-01'],
  ['semverGt', '1.2.3', '1.2.3'],
  ['segmentMatch', 'beta-users', 'beta-users'],
  ['unknownOp', '42', '42'],
];

describe('clause values from text', () => {
  it.each(AUTO)('%s %s', (op, text, expected) => {
    expect(clauseValueFromText(op, text)).toStrictEqual(expected);
  });

  it('types every operator the schema accepts', () => {
    expect(Object.keys(OPERATOR_TEXT_TYPE).sort()).toEqual([...OPERATORS].sort());
  });

  it('explicit typings override the operator', () => {
    expect(clauseValuesFromText('in', ['42', 'x'], 'number')).toEqual([42, 'x']);
    expect(clauseValuesFromText('in', ['true', 'false', 'yes'], 'boolean')).toEqual([true, false, 'yes']);
    expect(clauseValuesFromText('lt', ['42'], 'string')).toEqual(['42']);
    expect(clauseValuesFromText('in', ['{"a":1}', '[1]', 'nope'], 'json')).toEqual([{ a: 1 }, [1], 'nope']);
  });

  it('auto-typed values are the types the engine validates for the operator', () => {
    const config = (op: string, values: unknown[]) => ({
      on: true,
      offVariation: 1,
      fallthrough: { variation: 0 },
      rules: [{ id: 'r', clauses: [{ attribute: 'a', op, values }], serve: { variation: 0 } }],
    });
    const flag = { key: 'f', kind: 'boolean', variations: [{ value: true }, { value: false }] };
    const segments = { 'beta-users': {} };
    for (const [op, text] of AUTO.filter(([op, t]) => op !== 'unknownOp' && !/abc| 42|0x/.test(t)))
      expect(validateFlagConfig(config(op, clauseValuesFromText(op, [text])), flag, { segments }).ok).toBe(
        true,
      );
  });

  it('the narrowest typing reads values back from their texts', () => {
    const cases: [string, unknown[], string][] = [
      ['in', ['pro', '42'], 'auto'],
      ['in', [42], 'number'],
      ['in', [true], 'boolean'],
      ['in', [42, 'pro'], 'json'],
      ['lt', [3], 'auto'],
      ['lt', ['3'], 'string'],
      ['before', [1_700_000_000_000, '2026-01-01'], 'auto'],
      ['before', [1.5], 'number'],
    ];
    for (const [op, values, type] of cases) {
      expect(clauseValueTypeOf(op, values)).toBe(type);
      const t = type as ClauseValueType;
      expect(clauseValuesFromText(op, values.map(clauseValueText), t)).toStrictEqual(values);
    }
  });
});
