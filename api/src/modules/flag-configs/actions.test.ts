import { describe, expect, it } from 'vitest';
import { ConflictError, ValidationError } from '../../http/errors.ts';
import type { StoredConfig } from './store.ts';
import type { Action, ActionContext } from './actions.ts';
import { applyAction, applyActions, issuePath, randomRuleId } from './actions.ts';

// Builders: a three-variation flag, a configuration with two rules, one target and one prerequisite.
const rule = (id: string, variation = 0) => ({
  id,
  clauses: [{ attribute: 'plan', op: 'in' as const, values: [id] }],
  serve: { variation },
});

function config(over: Partial<StoredConfig> = {}): StoredConfig {
  return {
    on: false,
    offVariation: 2,
    prerequisites: [{ flag: 'payments', variation: 0 }],
    targets: [{ variation: 1, values: ['u1', 'u2'] }],
    rules: [rule('pro'), rule('beta', 1)],
    fallthrough: { variation: 0 },
    ...over,
  };
}

const ctx: ActionContext = {
  flagKey: 'checkout',
  variationCount: 3,
  flags: {
    payments: { variations: [1, 2] },
    checkout: { variations: [1, 2, 3] },
    search: { variations: [1] },
  },
  newRuleId: () => 'rule-fixed',
};

const weights = (...w: [number, number][]) => w.map(([variation, weight]) => ({ variation, weight }));

interface Ok {
  name: string;
  action: Action;
  start?: StoredConfig;
  expect: Partial<StoredConfig>;
}

const ok: Ok[] = [
  { name: 'turnOn', action: { kind: 'turnOn' }, expect: { on: true } },
  { name: 'turnOff', action: { kind: 'turnOff' }, start: config({ on: true }), expect: { on: false } },
  { name: 'setOffVariation', action: { kind: 'setOffVariation', variation: 1 }, expect: { offVariation: 1 } },
  {
    name: 'setFallthrough to a variation',
    action: { kind: 'setFallthrough', serve: { variation: 2 } },
    expect: { fallthrough: { variation: 2 } },
  },
  {
    name: 'setRollout on the fallthrough',
    action: { kind: 'setRollout', weights: weights([0, 25_000], [1, 75_000]) },
    expect: { fallthrough: { rollout: { weights: weights([0, 25_000], [1, 75_000]) } } },
  },
  {
    name: 'setRollout keeps the salt and bucketBy of the rollout it replaces',
    start: config({
      fallthrough: { rollout: { bucketBy: 'org', salt: 's1', weights: weights([0, 10_000], [1, 90_000]) } },
    }),
    action: { kind: 'setRollout', weights: weights([0, 50_000], [1, 50_000]) },
    expect: {
      fallthrough: { rollout: { bucketBy: 'org', salt: 's1', weights: weights([0, 50_000], [1, 50_000]) } },
    },
  },
  {
    name: 'setRollout on a rule',
    action: { kind: 'setRollout', ruleId: 'beta', salt: 'x', weights: weights([2, 100_000]) },
    expect: {
      rules: [
        rule('pro'),
        { ...rule('beta'), serve: { rollout: { salt: 'x', weights: weights([2, 100_000]) } } },
      ],
    },
  },
  {
    name: 'addTargets to an existing target, keeping keys already there in place',
    action: { kind: 'addTargets', variation: 1, values: ['u3', 'u1'] },
    expect: { targets: [{ variation: 1, values: ['u1', 'u2', 'u3'] }] },
  },
  {
    name: 'addTargets creates a target and moves keys out of other targets (dropping emptied ones)',
    start: config({
      targets: [
        { variation: 1, values: ['u1'] },
        { variation: 2, values: ['u2', 'u9'] },
      ],
    }),
    action: { kind: 'addTargets', variation: 0, values: ['u1', 'u2'] },
    expect: {
      targets: [
        { variation: 2, values: ['u9'] },
        { variation: 0, values: ['u1', 'u2'] },
      ],
    },
  },
  {
    name: 'removeTargets from one variation',
    start: config({
      targets: [
        { variation: 1, values: ['u1', 'u2'] },
        { variation: 2, values: ['u1'] },
      ],
    }),
    action: { kind: 'removeTargets', variation: 1, values: ['u1'] },
    expect: {
      targets: [
        { variation: 1, values: ['u2'] },
        { variation: 2, values: ['u1'] },
      ],
    },
  },
  {
    name: 'removeTargets from every target; absent keys are ignored',
    start: config({
      targets: [
        { variation: 1, values: ['u1', 'u2'] },
        { variation: 2, values: ['u1'] },
      ],
    }),
    action: { kind: 'removeTargets', values: ['u1', 'nobody'] },
    expect: { targets: [{ variation: 1, values: ['u2'] }] },
  },
  {
    name: 'addRule appends with a generated id',
    action: { kind: 'addRule', rule: { clauses: [], serve: { variation: 2 } } },
    expect: {
      rules: [rule('pro'), rule('beta', 1), { id: 'rule-fixed', clauses: [], serve: { variation: 2 } }],
    },
  },
  {
    name: 'addRule at an index with its own id',
    action: {
      kind: 'addRule',
      index: 0,
      rule: { id: 'first', description: 'd', clauses: [], serve: { variation: 1 } },
    },
    expect: {
      rules: [
        { id: 'first', description: 'd', clauses: [], serve: { variation: 1 } },
        rule('pro'),
        rule('beta', 1),
      ],
    },
  },
  {
    name: 'updateRule merges the given fields',
    action: { kind: 'updateRule', id: 'pro', rule: { description: 'Pro plan', serve: { variation: 2 } } },
    expect: {
      rules: [{ ...rule('pro'), description: 'Pro plan', serve: { variation: 2 } }, rule('beta', 1)],
    },
  },
  { name: 'removeRule', action: { kind: 'removeRule', id: 'pro' }, expect: { rules: [rule('beta', 1)] } },
  {
    name: 'reorderRules',
    action: { kind: 'reorderRules', ids: ['beta', 'pro'] },
    expect: { rules: [rule('beta', 1), rule('pro')] },
  },
  {
    name: 'addPrerequisite appends',
    action: { kind: 'addPrerequisite', flag: 'search', variation: 0 },
    expect: {
      prerequisites: [
        { flag: 'payments', variation: 0 },
        { flag: 'search', variation: 0 },
      ],
    },
  },
  {
    name: 'addPrerequisite on a flag already required changes the variation',
    action: { kind: 'addPrerequisite', flag: 'payments', variation: 1 },
    expect: { prerequisites: [{ flag: 'payments', variation: 1 }] },
  },
  {
    name: 'removePrerequisite',
    action: { kind: 'removePrerequisite', flag: 'payments' },
    expect: { prerequisites: [] },
  },
  {
    name: 'removePrerequisite of a flag not required is a no-op',
    action: { kind: 'removePrerequisite', flag: 'search' },
    expect: {},
  },
];

interface Err {
  name: string;
  action: Action;
  status: 409 | 422;
  /** For 422: the paths reported. */
  paths?: string[];
}

const errors: Err[] = [
  {
    name: 'setOffVariation out of range',
    action: { kind: 'setOffVariation', variation: 3 },
    status: 422,
    paths: ['body.actions[2].variation'],
  },
  {
    name: 'setFallthrough variation out of range',
    action: { kind: 'setFallthrough', serve: { variation: 7 } },
    status: 422,
    paths: ['body.actions[2].serve.variation'],
  },
  {
    name: 'setFallthrough rollout weights not summing to 100000',
    action: { kind: 'setFallthrough', serve: { rollout: { bucketBy: 'key', weights: weights([0, 10]) } } },
    status: 422,
    paths: ['body.actions[2].serve.rollout.weights'],
  },
  {
    name: 'setRollout weights not summing to 100000',
    action: { kind: 'setRollout', weights: weights([0, 50_000], [1, 40_000]) },
    status: 422,
    paths: ['body.actions[2].weights'],
  },
  {
    name: 'setRollout variation out of range',
    action: { kind: 'setRollout', weights: weights([0, 50_000], [5, 50_000]) },
    status: 422,
    paths: ['body.actions[2].weights[1].variation'],
  },
  {
    name: 'setRollout on an unknown rule',
    action: { kind: 'setRollout', ruleId: 'nope', weights: weights([0, 100_000]) },
    status: 409,
  },
  {
    name: 'addTargets variation out of range',
    action: { kind: 'addTargets', variation: 3, values: ['u'] },
    status: 422,
    paths: ['body.actions[2].variation'],
  },
  {
    name: 'removeTargets variation out of range',
    action: { kind: 'removeTargets', variation: 9, values: ['u'] },
    status: 422,
    paths: ['body.actions[2].variation'],
  },
  {
    name: 'addRule with an existing id',
    action: { kind: 'addRule', rule: { id: 'pro', clauses: [], serve: { variation: 0 } } },
    status: 409,
  },
  {
    name: 'addRule past the end',
    action: { kind: 'addRule', index: 3, rule: { clauses: [], serve: { variation: 0 } } },
    status: 422,
    paths: ['body.actions[2].index'],
  },
  {
    name: 'addRule serving a variation out of range',
    action: { kind: 'addRule', rule: { clauses: [], serve: { variation: 3 } } },
    status: 422,
    paths: ['body.actions[2].rule.serve.variation'],
  },
  {
    name: 'updateRule of an unknown rule',
    action: { kind: 'updateRule', id: 'nope', rule: { description: 'x' } },
    status: 409,
  },
  {
    name: 'updateRule serving a variation out of range',
    action: { kind: 'updateRule', id: 'pro', rule: { serve: { variation: 4 } } },
    status: 422,
    paths: ['body.actions[2].rule.serve.variation'],
  },
  { name: 'removeRule of an unknown rule', action: { kind: 'removeRule', id: 'nope' }, status: 409 },
  {
    name: 'reorderRules missing a rule',
    action: { kind: 'reorderRules', ids: ['beta'] },
    status: 422,
    paths: ['body.actions[2].ids'],
  },
  {
    name: 'reorderRules naming a rule twice',
    action: { kind: 'reorderRules', ids: ['beta', 'pro', 'beta'] },
    status: 422,
    paths: ['body.actions[2].ids[2]'],
  },
  {
    name: 'reorderRules naming an unknown rule',
    action: { kind: 'reorderRules', ids: ['beta', 'pro', 'x'] },
    status: 422,
    paths: ['body.actions[2].ids[2]'],
  },
  {
    name: 'addPrerequisite on itself',
    action: { kind: 'addPrerequisite', flag: 'checkout', variation: 0 },
    status: 422,
    paths: ['body.actions[2].flag'],
  },
  {
    name: 'addPrerequisite on an unknown flag',
    action: { kind: 'addPrerequisite', flag: 'nope', variation: 0 },
    status: 422,
    paths: ['body.actions[2].flag'],
  },
  {
    name: "addPrerequisite with a variation out of the other flag's range",
    action: { kind: 'addPrerequisite', flag: 'search', variation: 1 },
    status: 422,
    paths: ['body.actions[2].variation'],
  },
];

describe('semantic actions', () => {
  it.each(ok)('$name', ({ action, start, expect: expected }) => {
    const before = start ?? config();
    const snapshot = structuredClone(before);
    const after = applyAction(before, action, 0, ctx);
    expect(after).toEqual({ ...before, ...expected });
    // Pure: the input configuration is never modified.
    expect(before).toEqual(snapshot);
  });

  it.each(errors)('$name → $status', ({ action, status, paths }) => {
    // The action is the third of its request: paths name it by its position.
    const run = () => applyAction(config(), action, 2, ctx);
    if (status === 409) {
      expect(run).toThrow(ConflictError);
      return;
    }
    expect(run).toThrow(ValidationError);
    expect(run).toThrow(
      expect.objectContaining({
        status: 422,
        errors: paths!.map((path) => expect.objectContaining({ path })),
      }),
    );
  });

  it('applies actions in order, each on the result of the previous one', () => {
    const steps = applyActions(
      config(),
      [
        { kind: 'turnOn' },
        { kind: 'addRule', index: 0, rule: { id: 'new', clauses: [], serve: { variation: 2 } } },
        { kind: 'reorderRules', ids: ['pro', 'beta', 'new'] },
        { kind: 'setRollout', ruleId: 'new', weights: weights([0, 100_000]) },
      ],
      ctx,
    );
    expect(steps).toHaveLength(4);
    expect(steps[0]!.on).toBe(true);
    expect(steps.at(-1)!.rules.map((r) => r.id)).toEqual(['pro', 'beta', 'new']);
    expect(steps.at(-1)!.rules[2]!.serve).toEqual({ rollout: { weights: weights([0, 100_000]) } });
  });

  it('a failing action names its own position, whatever succeeded before it', () => {
    const run = () =>
      applyActions(
        config(),
        [{ kind: 'turnOn' }, { kind: 'turnOff' }, { kind: 'setOffVariation', variation: 9 }],
        ctx,
      );
    expect(run).toThrow(
      expect.objectContaining({ errors: [expect.objectContaining({ path: 'body.actions[2].variation' })] }),
    );
  });

  it('generates rule ids that are short, random and not taken', () => {
    const ids = new Set(Array.from({ length: 200 }, randomRuleId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^rule-[0-9a-z]{8}$/);
    const taken = ['rule-a', 'rule-a', 'rule-b'];
    const after = applyAction(
      config(),
      { kind: 'addRule', rule: { clauses: [], serve: { variation: 0 } } },
      0,
      {
        ...ctx,
        newRuleId: () => taken.shift()!,
      },
    );
    expect(
      applyAction(after, { kind: 'addRule', rule: { clauses: [], serve: { variation: 0 } } }, 0, {
        ...ctx,
        newRuleId: () => taken.shift()!,
      }).rules.map((r) => r.id),
    ).toEqual(['pro', 'beta', 'rule-a', 'rule-b']);
  });
});

describe('issuePath: engine issues placed on the action that caused them', () => {
  const after = config({ rules: [rule('new'), rule('pro'), rule('beta', 1)] });
  it.each([
    [
      { kind: 'addRule', index: 0, rule: { id: 'new', clauses: [], serve: { variation: 0 } } },
      'rules[0].clauses[0].values[0]',
      'body.actions[1].rule.clauses[0].values[0]',
    ],
    [
      { kind: 'updateRule', id: 'beta', rule: { description: 'x' } },
      'rules[2].clauses[0].op',
      'body.actions[1].rule.clauses[0].op',
    ],
    [
      { kind: 'setFallthrough', serve: { variation: 0 } },
      'fallthrough.variation',
      'body.actions[1].serve.variation',
    ],
    [{ kind: 'setRollout', weights: [] }, 'fallthrough.rollout.weights', 'body.actions[1].weights'],
    [{ kind: 'setOffVariation', variation: 0 }, 'offVariation', 'body.actions[1].variation'],
    [
      { kind: 'addPrerequisite', flag: 'payments', variation: 0 },
      'prerequisites[0].flag',
      'body.actions[1].flag',
    ],
    [{ kind: 'addPrerequisite', flag: 'payments', variation: 0 }, 'prerequisites', 'body.actions[1].flag'],
    [{ kind: 'turnOn' }, 'rules[1].clauses[0].values[0]', 'body.actions[1]'],
  ] as [Action, string, string][])('%j at %s → %s', (action, path, expected) => {
    expect(issuePath(action, 1, after, path)).toBe(expected);
  });
});
