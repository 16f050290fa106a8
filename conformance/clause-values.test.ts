// The same clause text through the CLI's `--clause` parser and the Terraform provider's
// ff_flag_environment mapping gives the same configuration: both type values by the engine's one rule
// (@ff/engine/clause-values), so `plan in 42` cannot target the number from one and the string from
// the other.
import { describe, expect, it } from 'vitest';
import { parseClause } from '../cli/src/flag-config.ts';
import { fromApiClause, toApiClause } from '../cdktf-provider/src/resources/targeting.ts';

// [CLI text, the provider's attribute, op, values, value_type, negate]
const SAME: [string, string, string, string[], string, boolean][] = [
  ['plan in pro,42', 'plan', 'in', ['pro', '42'], 'auto', false],
  ['beta notIn true', 'beta', 'notIn', ['true'], 'auto', false],
  ['not country in US,CA', 'country', 'in', ['US', 'CA'], 'auto', true],
  ['email endsWith @acme.com', 'email', 'endsWith', ['@acme.com'], 'auto', false],
  ['age gte 18', 'age', 'gte', ['18'], 'auto', false],
  ['score lt 2.5,abc', 'score', 'lt', ['2.5', 'abc'], 'auto', false],
  [
    'signup before 1700000000000,2026-01-01',
    'signup',
    'before',
    ['1700000000000', '2026-01-01'],
    'auto',
    false,
  ],
  ['version semverGt 1.2.3', 'version', 'semverGt', ['1.2.3'], 'auto', false],
  ['key segmentMatch beta-users', 'key', 'segmentMatch', ['beta-users'], 'auto', false],
  // "the number 42" for in: a JSON array in the CLI, value_type in Terraform
  ['plan in [42]', 'plan', 'in', ['42'], 'number', false],
  ['flag in [true,false]', 'flag', 'in', ['true', 'false'], 'boolean', false],
  ['plan in [42, "pro"]', 'plan', 'in', ['42', '"pro"'], 'json', false],
];

describe('clause text: the CLI and the Terraform provider agree', () => {
  it.each(SAME)('%s', (text, attribute, op, values, valueType, negate) => {
    const cli = parseClause(text);
    const provider = toApiClause({ attribute, op, values, value_type: valueType, negate });
    expect(provider).toStrictEqual(cli);
  });

  it.each(SAME)('%s reads back into Terraform and out again unchanged', (text) => {
    const cli = parseClause(text);
    expect(toApiClause(fromApiClause(cli))).toStrictEqual(cli);
  });

  it('in with a number-looking text is the string on both', () => {
    expect(parseClause('plan in 42').values).toStrictEqual(['42']);
    expect(
      toApiClause({ attribute: 'plan', op: 'in', values: ['42'], value_type: 'auto', negate: false }).values,
    ).toStrictEqual(['42']);
  });
});
