import { describe, expect, it } from 'vitest';
import {
  formatPath,
  validateFlagConfig,
  validateFlagDefinition,
  validateRuleset,
  validateSegment,
} from '../src/index.ts';
import { BOOL, clause, flag, rollout, rule, ruleset, segment } from './builders.ts';

const boolFlag = { key: 'f', variations: BOOL };
const base = { on: true, offVariation: 1, fallthrough: { variation: 0 } };

function paths(result: { ok: boolean; issues?: { path: string }[] }): string[] {
  return result.ok ? [] : (result.issues ?? []).map((i) => i.path);
}

describe('validateFlagConfig', () => {
  it('accepts a minimal config and fills empty lists', () => {
    const result = validateFlagConfig(base, boolFlag);
    expect(result).toEqual({ ok: true, value: { ...base, prerequisites: [], targets: [], rules: [] } });
  });

  it.each([
    [
      'weights that do not sum to 100000',
      {
        fallthrough: rollout([
          [0, 5000],
          [1, 5000],
        ]),
      },
      'fallthrough.rollout.weights',
    ],
    [
      'a rule rollout weight sum',
      { rules: [rule('r', [], rollout([[0, 99999]]))] },
      'rules[0].serve.rollout.weights',
    ],
    ['an unknown operator', { rules: [rule('r', [clause('a', 'bogus', ['x'])])] }, 'rules[0].clauses[0].op'],
    [
      'an invalid RE2 pattern',
      { rules: [rule('r', [clause('a', 'matches', ['(a)\\1'])])] },
      'rules[0].clauses[0].values[0]',
    ],
    [
      'an unclosed group',
      { rules: [rule('r', [clause('a', 'matches', ['ok', '(a'])])] },
      'rules[0].clauses[0].values[1]',
    ],
    ['a string for lt', { rules: [rule('r', [clause('a', 'lt', ['5'])])] }, 'rules[0].clauses[0].values[0]'],
    [
      'a bad date',
      { rules: [rule('r', [clause('a', 'before', ['2024-01-01T00:00:00'])])] },
      'rules[0].clauses[0].values[0]',
    ],
    [
      'a bad semver',
      { rules: [rule('r', [clause('a', 'semverLt', ['1.2'])])] },
      'rules[0].clauses[0].values[0]',
    ],
    [
      'an object in "in"',
      { rules: [rule('r', [clause('a', 'in', [{ x: 1 }])])] },
      'rules[0].clauses[0].values[0]',
    ],
    [
      'a number for contains',
      { rules: [rule('r', [clause('a', 'contains', [1])])] },
      'rules[0].clauses[0].values[0]',
    ],
    ['no values', { rules: [rule('r', [clause('a', 'in', [])])] }, 'rules[0].clauses[0].values'],
    [
      'a bad segment key',
      { rules: [rule('r', [clause('key', 'segmentMatch', ['Not A Key'])])] },
      'rules[0].clauses[0].values[0]',
    ],
    ['duplicate rule ids', { rules: [rule('r', []), rule('r', [])] }, 'rules[1].id'],
    // The limits openapi.yaml states too (api/src/spec/engine-schemas.test.ts compares them), so
    // `ff plan`, which validates with the engine, refuses what the API would refuse.
    ['an empty salt', { fallthrough: rollout([[0, 100000]], { salt: '' }) }, 'fallthrough.rollout.salt'],
    ['an empty target key', { targets: [{ variation: 0, values: [''] }] }, 'targets[0].values[0]'],
    ['a rule id of 129 characters', { rules: [rule('r'.repeat(129), [])] }, 'rules[0].id'],
    [
      'an attribute of 201 characters',
      { rules: [rule('r', [clause('a'.repeat(201), 'in', ['x'])])] },
      'rules[0].clauses[0].attribute',
    ],
    ['501 rules', { rules: Array.from({ length: 501 }, (_, i) => rule(`r${i}`, [])) }, 'rules'],
    ['an out-of-range off variation', { offVariation: 2 }, 'offVariation'],
    [
      'an out-of-range target variation',
      { targets: [{ variation: 5, values: ['k'] }] },
      'targets[0].variation',
    ],
    ['an out-of-range rule variation', { rules: [rule('r', [], 2)] }, 'rules[0].serve.variation'],
    [
      'an out-of-range rollout variation',
      {
        fallthrough: rollout([
          [0, 50000],
          [3, 50000],
        ]),
      },
      'fallthrough.rollout.weights[1].variation',
    ],
    ['a negative index', { offVariation: -1 }, 'offVariation'],
    ['a fractional index', { offVariation: 0.5 }, 'offVariation'],
    [
      'both variation and rollout',
      { fallthrough: { variation: 0, ...rollout([[0, 100000]]) } },
      'fallthrough',
    ],
    ['neither variation nor rollout', { fallthrough: {} }, 'fallthrough'],
    ['an unknown field (typo)', { fallthru: { variation: 0 } }, ''],
    ['a self prerequisite', { prerequisites: [{ flag: 'f', variation: 0 }] }, 'prerequisites[0].flag'],
    [
      'a bad prerequisite key',
      { prerequisites: [{ flag: 'Bad Key', variation: 0 }] },
      'prerequisites[0].flag',
    ],
    ['a non-string target', { targets: [{ variation: 0, values: [5] }] }, 'targets[0].values[0]'],
  ])('rejects %s at its path', (_, patch, path) => {
    const result = validateFlagConfig({ ...base, ...patch }, boolFlag);
    expect(result.ok).toBe(false);
    expect(paths(result)).toContain(path);
  });

  it('accepts every operator with well-typed values', () => {
    const clauses = [
      clause('a', 'in', ['x', 1, true]),
      clause('a', 'notIn', ['x']),
      clause('a', 'contains', ['x']),
      clause('a', 'startsWith', ['x']),
      clause('a', 'endsWith', ['x']),
      clause('a', 'matches', ['^x(?i)y\\d+$']),
      clause('a', 'lt', [1]),
      clause('a', 'lte', [1.5]),
      clause('a', 'gt', [-1]),
      clause('a', 'gte', [0]),
      clause('a', 'before', ['2024-01-01T00:00:00Z']),
      clause('a', 'after', [1704067200000]),
      clause('a', 'semverEq', ['1.2.3']),
      clause('a', 'semverLt', ['1.2.3-rc.1']),
      clause('a', 'semverGt', ['0.0.1+b']),
      clause('key', 'segmentMatch', ['beta'], true),
    ];
    expect(validateFlagConfig({ ...base, rules: [rule('all', clauses)] }, boolFlag).ok).toBe(true);
  });

  it('checks references when given them', () => {
    const config = {
      ...base,
      prerequisites: [
        { flag: 'other', variation: 3 },
        { flag: 'ghost', variation: 0 },
      ],
      rules: [rule('r', [clause('key', 'segmentMatch', ['beta', 'gone'])])],
    };
    const result = validateFlagConfig(config, boolFlag, {
      flags: { other: { variations: BOOL } },
      segments: { beta: {} },
    });
    expect(paths(result).sort()).toEqual([
      'prerequisites[0].variation',
      'prerequisites[1].flag',
      'rules[0].clauses[0].values[1]',
    ]);
  });

  it('reports a readable message', () => {
    const result = validateFlagConfig({ ...base, fallthrough: rollout([[0, 10]]) }, boolFlag);
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'fallthrough.rollout.weights', message: 'weights must sum to 100000, not 10' }],
    });
  });
});

describe('validateFlagDefinition', () => {
  it.each([
    ['a bad key', { key: 'Bad', kind: 'boolean', variations: BOOL }, 'key'],
    ['a key that is too long', { key: 'a'.repeat(129), kind: 'boolean', variations: BOOL }, 'key'],
    ['one boolean variation', { key: 'f', kind: 'boolean', variations: [BOOL[0]] }, 'variations'],
    [
      'two true variations',
      { key: 'f', kind: 'boolean', variations: [BOOL[0], { name: 'x', value: true }] },
      'variations',
    ],
    [
      'a string in a boolean flag',
      { key: 'f', kind: 'boolean', variations: [BOOL[0], { name: 'x', value: 'false' }] },
      'variations[1].value',
    ],
    [
      'a number in a string flag',
      { key: 'f', kind: 'string', variations: [{ name: 'a', value: 1 }] },
      'variations[0].value',
    ],
    [
      'a string in a number flag',
      { key: 'f', kind: 'number', variations: [{ name: 'a', value: '1' }] },
      'variations[0].value',
    ],
    [
      'duplicate variation names',
      {
        key: 'f',
        kind: 'string',
        variations: [
          { name: 'a', value: 'x' },
          { name: 'a', value: 'y' },
        ],
      },
      'variations[1].name',
    ],
    ['a missing value', { key: 'f', kind: 'json', variations: [{ name: 'a' }] }, 'variations[0].value'],
    ['an unknown kind', { key: 'f', kind: 'date', variations: [{ name: 'a', value: 1 }] }, 'kind'],
    ['no variations', { key: 'f', kind: 'json', variations: [] }, 'variations'],
  ])('rejects %s', (_, input, path) => {
    expect(paths(validateFlagDefinition(input))).toContain(path);
  });

  it('accepts boolean variations in either order and any JSON for json flags', () => {
    expect(validateFlagDefinition({ key: 'f', kind: 'boolean', variations: [BOOL[1], BOOL[0]] }).ok).toBe(
      true,
    );
    expect(
      validateFlagDefinition({
        key: 'f.x_y-z',
        kind: 'json',
        variations: [{ name: 'a', value: { n: [1, null] } }],
      }).ok,
    ).toBe(true);
  });
});

describe('validateSegment', () => {
  it('accepts a segment and rejects bad clauses at their path', () => {
    expect(
      validateSegment(segment('beta', { included: ['a'], rules: [[clause('plan', 'in', ['pro'])]] })).ok,
    ).toBe(true);
    const bad = segment('beta', {
      rules: [[clause('plan', 'in', ['pro'])], [clause('v', 'semverGt', ['x'])]],
    });
    expect(paths(validateSegment(bad))).toEqual(['rules[1].clauses[0].values[0]']);
  });
});

describe('validateRuleset', () => {
  it('accepts a consistent ruleset', () => {
    const rs = ruleset(
      [
        flag('a', {
          prerequisites: [{ flag: 'b', variation: 0 }],
          rules: [rule('r', [clause('key', 'segmentMatch', ['beta'])])],
        }),
        flag('b'),
      ],
      [segment('beta')],
    );
    expect(validateRuleset(rs)).toMatchObject({ ok: true });
  });

  it('names flags with bracketed keys and reports cross-document problems', () => {
    const rs = ruleset(
      [
        flag('new-checkout', { fallthrough: rollout([[0, 1]]) }),
        flag('a', { prerequisites: [{ flag: 'b', variation: 0 }] }),
        flag('b', { prerequisites: [{ flag: 'a', variation: 5 }] }),
        flag('c', { rules: [rule('r', [clause('key', 'segmentMatch', ['nope'])])] }),
      ],
      [segment('s1', { rules: [[clause('key', 'segmentMatch', ['s1'])]] })],
    );
    rs.flags.c!.key = 'not-c';
    expect(paths(validateRuleset(rs)).sort()).toEqual(
      [
        'flags["new-checkout"].config.fallthrough.rollout.weights',
        'flags.a.config.prerequisites',
        'flags.b.config.prerequisites',
        'flags.b.config.prerequisites[0].variation',
        'flags.c.config.rules[0].clauses[0].values[0]',
        'flags.c.key',
        'segments.s1.rules',
      ].sort(),
    );
  });
});

describe('formatPath', () => {
  it.each([
    [[], ''],
    [['rules', 2, 'clauses', 0, 'op'], 'rules[2].clauses[0].op'],
    [['flags', 'new-checkout', 'key'], 'flags["new-checkout"].key'],
    [[0, 'a'], '[0].a'],
  ] as const)('%j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});
