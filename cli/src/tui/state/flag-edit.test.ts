// Flag detail editing as functions: individual targets (+ / -), prerequisites (p / P) and variations (V),
// each through its form, checked by the engine's limits and validators, confirmed where the environment
// is protected (variations always), refused for a viewer; and the conflict notice's field-level diff.
import { describe, expect, it } from 'vitest';
import { flag, snapshot, stateWith } from '../test/fixtures.ts';
import { configDiff, conflictLines, definitionDiff } from './conflict.ts';
import type { EditForm } from './flag-edit-form.ts';
import { dropProblem, editProblem } from './flag-edit-problems.ts';
import { keyHelp } from './help-palette.ts';
import type { KeyInfo } from './outcome.ts';
import { reduce } from './reducer.ts';
import type { Action, AppState } from './reducer.ts';
import { press } from '../test/press.ts';

const type = (text: string) => [...text];
const enter: KeyInfo = { return: true };
const right: KeyInfo = { rightArrow: true };

const checkoutFlow = flag(
  'checkout-flow',
  {
    development: { on: true, offVariation: 0 },
    staging: { offVariation: 0, targets: [{ variation: 1, values: ['qa-1'] }] },
    production: { offVariation: 0, fallthrough: { variation: 1 } },
  },
  {
    kind: 'string',
    variations: [
      { name: 'control', value: 'classic' },
      { name: 'treatment', value: 'one-page' },
      { name: 'spare', value: 'spare' },
    ],
  },
);

function detail(
  key: string,
  env: string,
  opts: { role?: 'owner' | 'viewer' | 'developer'; extra?: Action[] } = {},
): AppState {
  const data = snapshot({ me: { role: opts.role ?? 'owner', email: 'x@demo.local' } });
  data.flags.push(checkoutFlow);
  return stateWith(data, { type: 'env', env }, { type: 'openDetail', key }, ...(opts.extra ?? []));
}

const overlay = (s: AppState) => s.overlay as EditForm;

describe('individual targets', () => {
  it('+ adds context keys to the picked variation’s target in staging, sent at once with the version edited', () => {
    const opened = press(detail('new-checkout', 'staging'), '+');
    expect(overlay(opened.state)).toMatchObject({ kind: 'edit', what: 'target', env: 'staging', pick: 0 });
    // Step 0 picks the variation (a boolean flag starts on true); → moves to "off" and back.
    const picked = press(opened.state, right, right, enter);
    expect(overlay(picked.state)).toMatchObject({ step: 1, pick: 0 });
    expect(editProblem(picked.state, overlay(picked.state))).toMatch(/type one or more context keys/);
    const sent = press(picked.state, ...type('alice, bob'), enter);
    expect(sent.state.overlay).toBeUndefined();
    expect(sent.effects).toEqual([
      {
        kind: 'write',
        write: expect.objectContaining({
          kind: 'targets',
          flag: 'new-checkout',
          env: 'staging',
          op: 'add',
          variation: 0,
          values: ['alice', 'bob'],
          seen: expect.objectContaining({ version: 1, environment: 'staging' }),
        }),
      },
    ]);
  });

  it('in a protected environment it asks first, with the change spelled out', () => {
    const asked = press(detail('new-checkout', 'production'), '+', right, enter, ...type('mallory'), enter);
    expect(asked.effects).toEqual([]);
    expect(asked.state.overlay).toMatchObject({ kind: 'confirm', write: { kind: 'targets', variation: 1 } });
    expect(asked.state.overlay?.kind === 'confirm' && asked.state.overlay.lines[0]).toBe(
      'Serve new-checkout "off" to mallory in production (protected).',
    );
    expect(press(asked.state, 'y').effects[0]).toMatchObject({ kind: 'write', write: { kind: 'targets' } });
    expect(press(asked.state, 'n').effects).toEqual([]);
  });

  it('- removes keys that are targeted, and says which are not', () => {
    const s = detail('checkout-flow', 'staging');
    expect(press(detail('new-checkout', 'staging'), '-').state.status?.text).toBe(
      'new-checkout targets nobody individually in staging',
    );
    const typed = press(s, '-', ...type('qa-1 ghost'));
    expect(editProblem(typed.state, overlay(typed.state))).toBe('not targeted in staging: ghost');
    // Enter on a problem stays in the form.
    expect(press(typed.state, enter).state.overlay).toMatchObject({ kind: 'edit' });
    const sent = press(s, '-', ...type('qa-1'), enter);
    expect(sent.effects[0]).toMatchObject({
      write: { kind: 'targets', op: 'remove', values: ['qa-1'] },
    });
  });

  it('a key longer than the engine allows is refused before it is sent', () => {
    const typed = press(detail('new-checkout', 'staging'), '+', enter, ...type('x'.repeat(513)));
    expect(editProblem(typed.state, overlay(typed.state))).toBe('a context key is at most 512 characters');
  });

  it('a viewer, and a developer in a protected environment, are told why', () => {
    for (const k of ['+', '-', 'p', 'P', 'V']) {
      const viewer = press(detail('checkout-flow', 'staging', { role: 'viewer' }), k);
      expect(viewer.state.overlay).toBeUndefined();
      expect(viewer.state.status?.text).toMatch(/read-only: you are a viewer/);
    }
    const dev = press(detail('new-checkout', 'production', { role: 'developer' }), '+');
    expect(dev.state.status?.text).toMatch(/read-only in production/);
  });
});

describe('prerequisites', () => {
  it('p adds a prerequisite: a flag of this project, then its variation', () => {
    const s = detail('new-checkout', 'staging');
    const typed = press(s, 'p', ...type('dark-mod'));
    expect(editProblem(typed.state, overlay(typed.state))).toBe('no flag "dark-mod" in this project');
    const self = press(s, 'p', ...type('new-checkout'));
    expect(editProblem(self.state, overlay(self.state))).toBe('a flag cannot be its own prerequisite');
    const next = press(typed.state, 'e', enter);
    expect(overlay(next.state)).toMatchObject({ step: 1, pick: 0 });
    const sent = press(next.state, right, enter);
    expect(sent.effects[0]).toMatchObject({
      write: { kind: 'prerequisite', op: 'add', prerequisite: 'dark-mode', variation: 1, env: 'staging' },
    });
  });

  it('refuses a cycle, by the engine’s chain check', () => {
    // dark-mode already requires new-checkout in staging.
    const s = detail('new-checkout', 'staging', {
      extra: [
        {
          type: 'configUpdated',
          config: {
            ...snapshot().flags[1]!.environments!.staging!,
            version: 2,
            prerequisites: [{ flag: 'new-checkout', variation: 0 }],
          },
        },
      ],
    });
    const typed = press(s, 'p', ...type('dark-mode'));
    expect(editProblem(typed.state, overlay(typed.state))).toBe(
      'that makes a prerequisite cycle: new-checkout → dark-mode → new-checkout',
    );
    expect(press(typed.state, enter).state.overlay).toMatchObject({ step: 0 });
  });

  it('P removes the picked prerequisite, after a confirmation in production', () => {
    const s = detail('new-checkout', 'production', {
      extra: [
        {
          type: 'configUpdated',
          config: {
            ...snapshot().flags[0]!.environments!.production!,
            version: 2,
            prerequisites: [
              { flag: 'dark-mode', variation: 0 },
              { flag: 'banner', variation: 0 },
            ],
          },
        },
      ],
    });
    expect(press(detail('new-checkout', 'staging'), 'P').state.status?.text).toBe(
      'new-checkout has no prerequisites in staging',
    );
    const asked = press(s, 'P', right, enter);
    expect(asked.state.overlay).toMatchObject({
      kind: 'confirm',
      write: { kind: 'prerequisite', op: 'remove', prerequisite: 'banner', seen: { version: 2 } },
      lines: ['Remove the prerequisite banner of new-checkout in production (protected).'],
    });
  });
});

describe('what everyone else gets (as ff flags serve | variants)', () => {
  it('s picks the one variation served to everyone not targeted', () => {
    const opened = press(detail('checkout-flow', 'production'), 's');
    // Production serves treatment now: the form starts there.
    expect(overlay(opened.state)).toMatchObject({ what: 'serve', pick: 1 });
    const asked = press(opened.state, { leftArrow: true }, enter);
    expect(asked.state.overlay).toMatchObject({
      kind: 'confirm',
      write: { kind: 'fallthrough', serve: { variation: 0 }, env: 'production' },
      lines: ['Serve checkout-flow "control" to everyone not targeted in production (protected).'],
    });
  });

  it('w splits them by percentages that must add up to 100, parsed as ff flags variants parses them', () => {
    const opened = press(detail('checkout-flow', 'staging'), 'w');
    expect(overlay(opened.state)).toMatchObject({ what: 'split', text: 'control=100' });
    const cleared = press(opened.state, ...Array<KeyInfo>(11).fill({ backspace: true }));
    const bad = press(cleared.state, ...type('control=50 treatment=40'));
    expect(editProblem(bad.state, overlay(bad.state))).toBe('the percentages add up to 90%, not 100%');
    const unknown = press(cleared.state, ...type('control=50 blue=50'));
    expect(editProblem(unknown.state, overlay(unknown.state))).toBe(
      'flag checkout-flow has no variation "blue"',
    );
    const sent = press(cleared.state, ...type('control=50 treatment=25 spare=25'), enter);
    expect(sent.effects[0]).toMatchObject({
      write: {
        kind: 'fallthrough',
        env: 'staging',
        serve: {
          weights: [
            { variation: 0, weight: 50_000 },
            { variation: 1, weight: 25_000 },
            { variation: 2, weight: 25_000 },
          ],
        },
      },
    });
  });
});

describe('what a rule serves (as ff flags variants --rule)', () => {
  const withRule = (env = 'staging'): AppState => {
    const s = detail('checkout-flow', env);
    const rule = {
      id: 'pro-plan',
      clauses: [{ attribute: 'plan', op: 'in' as const, values: ['pro'] }],
      serve: { variation: 1 },
    };
    const f = s.data!.flags.find((x) => x.key === 'checkout-flow')!;
    f.environments![env] = { ...f.environments![env]!, rules: [rule] };
    return s;
  };

  it('s and w with a rule selected ([ ]) set that rule’s serve, and say so', () => {
    const selected = press(withRule(), ']').state;
    const serve = press(selected, 's');
    expect(overlay(serve.state)).toMatchObject({ what: 'serve', rule: 'pro-plan', pick: 1 });
    expect(press(serve.state, right, enter).effects[0]).toMatchObject({
      write: { kind: 'fallthrough', rule: 'pro-plan', env: 'staging', serve: { variation: 2 } },
    });
    const split = press(selected, 'w');
    expect(overlay(split.state)).toMatchObject({ what: 'split', rule: 'pro-plan', text: 'treatment=100' });
    const cleared = press(split.state, ...Array<KeyInfo>(13).fill({ backspace: true }));
    const sent = press(cleared.state, ...type('control=50 treatment=50'), enter);
    expect(sent.effects[0]).toMatchObject({
      write: {
        kind: 'fallthrough',
        rule: 'pro-plan',
        serve: {
          weights: [
            { variation: 0, weight: 50_000 },
            { variation: 1, weight: 50_000 },
          ],
        },
      },
    });
    // Without a selected rule the same keys set the fallthrough.
    expect(overlay(press(withRule(), 's').state).rule).toBeUndefined();
  });

  it('spells a rule’s new serve out before a protected environment', () => {
    const asked = press(withRule('production'), ']', 's', enter);
    expect(asked.state.overlay).toMatchObject({
      kind: 'confirm',
      lines: [
        'Serve checkout-flow "treatment" to the contexts rule pro-plan matches in production (protected).',
      ],
    });
  });
});

describe('variations', () => {
  it('V edits a variation’s name and value, checked by the engine’s definition schema, and always confirms', () => {
    const s = detail('checkout-flow', 'staging');
    const form = press(s, 'V', right, enter);
    expect(overlay(form.state)).toMatchObject({ step: 1, pick: 1, text: 'treatment', value: 'one-page' });
    const renamed = press(form.state, ...Array<KeyInfo>(9).fill({ backspace: true }), ...type('control'));
    expect(editProblem(renamed.state, overlay(renamed.state))).toBe(
      'variation 1 name: duplicate variation name "control"',
    );
    const asked = press(
      form.state,
      ...Array<KeyInfo>(9).fill({ backspace: true }),
      ...type('express'),
      enter,
      ...Array<KeyInfo>(8).fill({ backspace: true }),
      ...type('fast'),
      enter,
    );
    expect(asked.state.overlay).toMatchObject({
      kind: 'confirm',
      write: {
        kind: 'variations',
        flag: 'checkout-flow',
        version: 1,
        variations: [
          { name: 'control', value: 'classic' },
          { name: 'express', value: 'fast' },
          { name: 'spare', value: 'spare' },
        ],
      },
    });
    expect(asked.state.overlay?.kind === 'confirm' && asked.state.overlay.lines[0]).toBe(
      'Change variation 1 of checkout-flow: name treatment → express, value "one-page" → "fast".',
    );
  });

  it('adds a variation at the end; a boolean flag keeps exactly two', () => {
    const added = press(
      detail('checkout-flow', 'staging'),
      'V',
      { leftArrow: true },
      enter,
      ...type('wizard'),
      enter,
      ...type('steps'),
      enter,
    );
    expect(added.state.overlay).toMatchObject({
      kind: 'confirm',
      write: { kind: 'variations', variations: expect.arrayContaining([{ name: 'wizard', value: 'steps' }]) },
    });
    const bool = press(detail('new-checkout', 'staging'), 'V', { leftArrow: true });
    expect(editProblem(bool.state, overlay(bool.state))).toBe(
      'a boolean flag has exactly two variations, true and false',
    );
    const num = flag('limit', {}, { kind: 'number', variations: [{ name: 'low', value: 1 }] });
    const data = snapshot();
    data.flags.push(num);
    const s = stateWith(data, { type: 'openDetail', key: 'limit' });
    // A new variation's name is checked before its value is typed.
    const named = press(s, 'V', { leftArrow: true }, enter, ...type('high'));
    expect(editProblem(named.state, overlay(named.state))).toBeUndefined();
    expect(editProblem(press(named.state, enter).state, overlay(press(named.state, enter).state))).toBe(
      'variation 1 value: must be a number for a number flag',
    );
    const typed = press(s, 'V', enter, { return: true }, { backspace: true }, ...type('"one"'));
    expect(editProblem(typed.state, overlay(typed.state))).toBe(
      'variation 0 value: must be a number for a number flag',
    );
  });

  it('d drops the last variation only when no configuration or prerequisite uses it', () => {
    const s = detail('checkout-flow', 'staging');
    expect(dropProblem(s, checkoutFlow)).toBeUndefined();
    expect(press(s, 'V', 'd').state.overlay).toMatchObject({
      kind: 'confirm',
      write: { kind: 'variations', variations: [{ name: 'control' }, { name: 'treatment' }] },
    });
    // Once production serves "spare", it stays.
    const used = reduce(s, {
      type: 'configUpdated',
      config: { ...checkoutFlow.environments!.production!, version: 2, fallthrough: { variation: 2 } },
    });
    expect(press(used, 'V', 'd').state.status?.text).toBe(
      '"spare" is in use (production): change those first',
    );
  });

  it('lists the edit keys in the help', () => {
    const rows = keyHelp.find(([title]) => title === 'Flag detail')![1].map(([k]) => k);
    expect(rows).toEqual(expect.arrayContaining(['+ / -', 'p / P', 'V', 's / w']));
  });
});

describe('the conflict notice', () => {
  it('a toggle confirmed after a change arrived still names the version it was asked on', () => {
    const asked = press(detail('new-checkout', 'production'), ' ');
    expect(asked.state.overlay).toMatchObject({
      kind: 'confirm',
      write: { kind: 'toggle', seen: { version: 1 } },
    });
    // The change stream brings version 2 while the confirmation is open.
    const moved = reduce(asked.state, {
      type: 'configUpdated',
      config: { ...asked.state.data!.flags[0]!.environments!.production!, version: 2, on: false },
    });
    expect(press(moved, 'y').effects[0]).toMatchObject({ write: { kind: 'toggle', seen: { version: 1 } } });
  });

  const base = checkoutFlow.environments!.production!;
  it('says field by field what changed, with the engine’s normalization', () => {
    const now = {
      ...base,
      on: true,
      fallthrough: {
        rollout: {
          bucketBy: 'key',
          weights: [
            { variation: 0, weight: 50000 },
            { variation: 1, weight: 50000 },
          ],
        },
      },
      targets: [{ variation: 1, values: ['alice'] }],
    };
    expect(configDiff(checkoutFlow, base, now)).toEqual([
      'on: false → true',
      'targets: +alice (treatment)',
      'serve treatment → rollout 50%',
    ]);
    const quarter = {
      ...now,
      fallthrough: {
        rollout: {
          weights: [
            { variation: 0, weight: 75000 },
            { variation: 1, weight: 25000 },
          ],
        },
      },
    };
    expect(configDiff(checkoutFlow, quarter, now)).toEqual(['rollout 25% → 50%']);
    // bucketBy absent and "key" mean the same: nothing to report.
    const spelled = {
      ...quarter,
      fallthrough: { rollout: { ...quarter.fallthrough.rollout, bucketBy: 'key' } },
    };
    expect(configDiff(checkoutFlow, quarter, spelled)).toEqual([]);
    expect(conflictLines('toggle x in production', { seen: 3, now: 5 }, ['on: false → true'])).toEqual([
      'toggle x in production: someone changed it since this screen read it (version 3 → 5); nothing was written.',
      'What changed:',
      '  on: false → true',
      'Press r to reload and edit the current version, any other key to close.',
    ]);
    expect(
      definitionDiff(checkoutFlow, {
        ...checkoutFlow,
        variations: checkoutFlow.variations.slice(0, 2),
        tags: ['checkout'],
        archived: true,
      }),
    ).toEqual([
      'variations: control="classic", treatment="one-page", spare="spare" → control="classic", treatment="one-page"',
      'tags: (none) → checkout',
      'archived: false → true',
    ]);
    expect(definitionDiff(checkoutFlow, { ...checkoutFlow })).toEqual([]);
  });
});
