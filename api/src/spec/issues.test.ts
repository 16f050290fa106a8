import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { validators } from '../generated/validators.js';
import type { OperationValidators } from '../generated/validators.js';
import { toIssues, toPath } from './issues.ts';

function issuesOf(v: OperationValidators, part: 'body' | 'query' | 'params', data: unknown) {
  const validate = v[part];
  if (!validate) throw new Error(`no ${part} validator`);
  expect(validate(data)).toBe(false);
  return toIssues(validate.errors, part);
}

const config = (extra: object) => ({ on: true, offVariation: 0, fallthrough: { variation: 0 }, ...extra });

describe('toPath', () => {
  it.each([
    ['body', '', undefined, 'body'],
    ['body', '/rules/0/clauses/1/op', undefined, 'body.rules[0].clauses[1].op'],
    ['query', '/limit', undefined, 'query.limit'],
    ['headers', '', 'if-match', 'headers.if-match'],
    ['body', '/environments/eu west', undefined, 'body.environments["eu west"]'],
    ['body', '/a~1b', undefined, 'body["a/b"]'],
  ])('%s %s %s → %s', (prefix, instancePath, child, expected) => {
    expect(toPath(prefix, instancePath, child)).toBe(expected);
  });
});

describe('toIssues', () => {
  it('is empty without errors', () => {
    expect(toIssues(null, 'body')).toEqual([]);
    expect(toIssues(undefined, 'body')).toEqual([]);
  });

  it.each<
    [string, OperationValidators, 'body' | 'query' | 'params', unknown, { path: string; message: string }[]]
  >([
    [
      'required and pattern',
      validators.createProject,
      'body',
      { key: 'Bad Key' },
      [
        { path: 'body', message: "must have required property 'name'" },
        { path: 'body.key', message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,127}$"' },
      ],
    ],
    [
      'unknown property',
      validators.createProject,
      'body',
      { key: 'a', name: 'A', foo: 1 },
      [{ path: 'body', message: 'unknown property "foo"' }],
    ],
    [
      'enum deep in rules',
      validators.replaceFlagConfig,
      'body',
      config({
        rules: [
          {
            id: 'r',
            clauses: [
              { attribute: 'a', op: 'in', values: ['x'] },
              { attribute: 'a', op: 'is', values: ['x'] },
            ],
            serve: { variation: 1 },
          },
        ],
      }),
      [
        {
          path: 'body.rules[0].clauses[1].op',
          message:
            'must be one of: in, notIn, contains, startsWith, endsWith, matches, lt, lte, gt, gte, before, after, semverEq, semverLt, semverGt, segmentMatch',
        },
      ],
    ],
    [
      'oneOf: the branch that got furthest',
      validators.replaceFlagConfig,
      'body',
      config({ fallthrough: { rollout: { weights: [{ variation: 'a', weight: 1 }] } } }),
      [{ path: 'body.fallthrough.rollout.weights[0].variation', message: 'must be an integer' }],
    ],
    [
      'oneOf: neither branch started',
      validators.replaceFlagConfig,
      'body',
      config({ fallthrough: {} }),
      [{ path: 'body.fallthrough', message: "must have one of the properties 'variation', 'rollout'" }],
    ],
    [
      'oneOf: nullable',
      validators.updateFlag,
      'body',
      { owner: 5 },
      [{ path: 'body.owner', message: 'must be a string or null' }],
    ],
    [
      'discriminator: unknown tag, missing tag, the chosen branch',
      validators.changeFlagConfig,
      'body',
      { actions: [{ kind: 'turnSideways' }, {}, { kind: 'setOffVariation' }] },
      [
        { path: 'body.actions[0].kind', message: 'unknown kind "turnSideways"' },
        { path: 'body.actions[1]', message: "must have required property 'kind' (a string)" },
        { path: 'body.actions[2]', message: "must have required property 'variation'" },
      ],
    ],
    ['empty update', validators.updateProject, 'body', {}, [{ path: 'body', message: 'must not be empty' }]],
    [
      'query: coercion failure and unknown parameter',
      validators.listFlags,
      'query',
      { limit: 'ten', archive: 'true' },
      [
        { path: 'query', message: 'unknown parameter "archive"' },
        { path: 'query.limit', message: 'must be an integer' },
      ],
    ],
    [
      'params',
      validators.getFlag,
      'params',
      { project: 'demo', flag: 'Not A Key' },
      [{ path: 'params.flag', message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,127}$"' }],
    ],
  ])('%s', (_name, v, part, data, expected) => {
    expect(issuesOf(v, part, data)).toEqual(expected);
  });

  it('reports a value matching two oneOf branches once', () => {
    const errors = [
      { instancePath: '/x', schemaPath: '#/oneOf', keyword: 'oneOf', params: { passingSchemas: [0, 1] } },
    ] as ErrorObject[];
    expect(toIssues(errors, 'body')).toEqual([
      { path: 'body.x', message: 'matches more than one allowed shape' },
    ]);
  });
});

describe('generated validators', () => {
  it('coerce query strings and fill in defaults', () => {
    const query: Record<string, unknown> = { limit: '10', archived: 'true' };
    expect(validators.listFlags.query?.(query)).toBe(true);
    expect(query).toEqual({ limit: 10, archived: true, environments: false });
    const empty: Record<string, unknown> = {};
    expect(validators.listFlags.query?.(empty)).toBe(true);
    expect(empty).toEqual({ limit: 50, archived: false, environments: false });
  });

  it('fill in body defaults without coercing', () => {
    const body: Record<string, unknown> = { key: 'a', name: 'A', kind: 'boolean' };
    expect(validators.createFlag.body?.(body)).toBe(true);
    expect(body).toMatchObject({ temporary: true, clientSide: false });
    expect(validators.createFlag.body?.({ key: 'a', name: 'A', kind: 'boolean', temporary: 'true' })).toBe(
      false,
    );
  });

  it('check declared headers under lowercase names, leaving a missing If-Match to the 428 rule', () => {
    expect(validators.replaceFlagConfig.headers?.({})).toBe(true);
    expect(validators.replaceFlagConfig.headers?.({ 'if-match': 'x'.repeat(101) })).toBe(false);
    expect(validators.listFlags.headers).toBeUndefined();
  });
});
