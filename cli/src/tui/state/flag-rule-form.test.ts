// Adding a rule of one clause in the flag detail (a): attribute, operator from the engine's list (←→, !
// negates), values typed by the CLI's clause parser, and the variation served; sent at once where the
// environment is not protected, spelled out first where it is, refused for a viewer.
import { render } from 'ink-testing-library';
import { OPERATORS } from '@ff/engine/operators';
import { describe, expect, it } from 'vitest';
import { Screen } from '../components/screen.ts';
import { themeFor } from '../components/theme.ts';
import { h } from '../h.ts';
import { now, snapshot, stateWith } from '../test/fixtures.ts';
import type { KeyInfo } from './outcome.ts';
import { press } from '../test/press.ts';

const enter: KeyInfo = { return: true };
const right: KeyInfo = { rightArrow: true };

const detail = (env: string, role: 'owner' | 'viewer' = 'owner') =>
  stateWith(
    snapshot({ me: { role, email: 'x@demo.local' } }),
    { type: 'env', env },
    { type: 'openDetail', key: 'new-checkout' },
  );

describe('a: add a rule in the flag detail', () => {
  it('walks attribute, operator, values and serve, then sends one rule with the version on screen', () => {
    const form = press(detail('staging'), 'a', ...'plan', enter).state;
    expect(form.overlay).toMatchObject({ kind: 'ruleForm', step: 1, attribute: 'plan', op: 'in' });
    const negated = press(form, '!', enter, ...'pro, team', enter).state;
    expect(negated.overlay).toMatchObject({ step: 3, negate: true, values: 'pro, team', variation: 0 });
    const sent = press(negated, right, enter);
    expect(sent.state.overlay).toBeUndefined();
    expect(sent.effects).toEqual([
      {
        kind: 'write',
        write: {
          kind: 'addRule',
          flag: 'new-checkout',
          env: 'staging',
          clause: { attribute: 'plan', op: 'in', values: ['pro', 'team'], negate: true },
          variation: 1,
          seen: snapshot().flags[0]!.environments!.staging,
        },
      },
    ]);
  });

  it('walks the engine’s operators, types values by the operator, and says what is wrong', () => {
    const op = press(detail('staging'), 'a', ...'age', enter, right).state;
    expect(op.overlay).toMatchObject({ op: OPERATORS[(OPERATORS.indexOf('in') + 1) % OPERATORS.length] });
    const gte = OPERATORS.indexOf('gte') - OPERATORS.indexOf('in');
    const atGte = press(detail('staging'), 'a', ...'age', enter, ...Array<KeyInfo>(gte).fill(right), enter);
    expect(atGte.state.overlay).toMatchObject({ op: 'gte', step: 2 });
    const empty = press(atGte.state, enter);
    expect(empty.state.overlay).toMatchObject({ step: 2 });
    expect(empty.state.status).toMatchObject({
      text: 'type one or more values (comma-separated, or a JSON array)',
      tone: 'error',
    });
    const badJson = press(atGte.state, ...'[21,', enter);
    expect(badJson.state.overlay).toMatchObject({ step: 2 });
    expect(badJson.state.status?.tone).toBe('error');
    const typed = press(atGte.state, ...'21', enter, enter);
    expect(typed.effects[0]).toMatchObject({
      write: { kind: 'addRule', clause: { attribute: 'age', op: 'gte', values: [21] } },
    });
    expect(press(detail('staging'), 'a', { escape: true }).state.status?.text).toBe('no rule added');
  });

  it('spells the rule out in a protected environment, and refuses a viewer', () => {
    const prod = press(detail('production'), 'a', ...'plan', enter, enter, ...'pro', enter, enter);
    expect(prod.effects).toEqual([]);
    expect(prod.state.overlay).toMatchObject({
      kind: 'confirm',
      lines: [
        'Add a rule to new-checkout in production (protected): contexts where plan in pro get "on".',
        'It goes last: earlier rules and individual targets still come first.',
      ],
    });
    const viewer = press(detail('staging', 'viewer'), 'a');
    expect(viewer.state.overlay).toBeUndefined();
    expect(viewer.state.status?.text).toMatch(/read-only: you are a viewer/);
  });

  it('draws the form with the clause it will send and the variation served', () => {
    const form = press(detail('staging'), 'a', ...'plan', enter, enter, ...'pro,team', enter).state;
    const { lastFrame, unmount } = render(h(Screen, { state: form, theme: themeFor(true), now }));
    const text = lastFrame() ?? '';
    unmount();
    expect(text).toContain('Add a rule: new-checkout in staging');
    expect(text).toContain('✓ plan in ["pro","team"] → on');
    expect(text).toContain('› serve      on  (←→)');
  });
});
