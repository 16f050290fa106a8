// The flag detail's edit forms and the conflict notice rendered by Ink (ink-testing-library), read by
// their text: the steps with the ←→ choices, the engine's verdict on what is typed, and the diff.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { h } from '../h.ts';
import { now, snapshot, stateWith } from '../test/fixtures.ts';
import type { EditForm } from '../state/flag-edit-form.ts';
import type { Action, AppState } from '../state/reducer.ts';
import { Screen } from './screen.ts';
import { themeFor } from './theme.ts';

function frame(state: AppState): string {
  const { lastFrame, unmount } = render(h(Screen, { state, theme: themeFor(true), now }));
  const text = lastFrame() ?? '';
  unmount();
  return text;
}

const detail = (...actions: Action[]) =>
  stateWith(
    snapshot(),
    { type: 'env', env: 'staging' },
    { type: 'openDetail', key: 'new-checkout' },
    ...actions,
  );

const form = (patch: Partial<EditForm>): Action => ({
  type: 'overlay',
  overlay: {
    kind: 'edit',
    what: 'target',
    flag: 'new-checkout',
    env: 'staging',
    step: 0,
    pick: 0,
    text: '',
    value: '',
    ...patch,
  },
});

describe('the flag detail’s edit forms', { timeout: 60_000 }, () => {
  it('shows the edit keys on the targeting tab', () => {
    expect(frame(detail())).toContain('+/- targets · p/P prerequisites · V variations · s serve · w split');
  });

  it('draws the target form: the variation choice, then the keys with the engine’s verdict', () => {
    const pick = frame(detail(form({ pick: 1 })));
    expect(pick).toContain('Add individual targets: new-checkout in staging');
    expect(pick).toContain('on  [off]  (←→)');
    const keys = frame(detail(form({ step: 1, pick: 1, text: 'alice bob' })));
    expect(keys).toMatch(/› context keys\s+alice bob/);
    expect(keys).toMatch(/ {2}variation\s+off/);
    expect(keys).toContain('✓');
    expect(frame(detail(form({ step: 1, text: '' })))).toContain('type one or more context keys');
  });

  it('says why a prerequisite or a variation cannot be', () => {
    expect(frame(detail(form({ what: 'prerequisite', text: 'nope' })))).toContain(
      'no flag "nope" in this project',
    );
    const bool = frame(detail(form({ what: 'variation', pick: 2, text: '', value: '' })));
    expect(bool).toContain('Edit variations: new-checkout');
    expect(bool).toContain('on  off  [+ new variation]  (←→)');
    expect(bool).toContain('a boolean flag has exactly two variations, true and false');
    expect(bool).toContain('d drops the last');
  });

  it('opens the help with the flag detail’s keys first, so they fit 80×24', () => {
    const help = frame(
      detail({ type: 'resize', width: 80, height: 24 }, { type: 'overlay', overlay: { kind: 'help' } }),
    );
    expect(help.split('\n').findIndex((l) => l.includes('Flag detail'))).toBeLessThan(
      help.split('\n').findIndex((l) => l.includes('Everywhere')),
    );
    for (const k of ['+ / -', 'p / P', 's / w']) expect(help).toContain(k);
  });

  it('scrolls the help on 80×24 down to the last section', () => {
    const top = frame(
      detail({ type: 'resize', width: 80, height: 24 }, { type: 'overlay', overlay: { kind: 'help' } }),
    );
    expect(top).toMatch(/Keys 1-\d+ of \d+ \(↑↓ scroll/);
    expect(top).not.toContain('revert the selected change (asks');
    const bottom = frame(
      detail(
        { type: 'resize', width: 80, height: 24 },
        { type: 'overlay', overlay: { kind: 'help', offset: 1000 } },
      ),
    );
    expect(bottom).toContain('revert the selected change (asks');
  });

  it('shows the conflict notice with what changed', () => {
    const text = frame(
      detail({
        type: 'overlay',
        overlay: {
          kind: 'conflict',
          lines: [
            'targets new-checkout in staging: someone changed it since this screen read it (version 1 → 2); nothing was written.',
            'What changed:',
            '  on: false → true',
          ],
        },
      }),
    );
    expect(text).toContain('Conflict');
    expect(text).toContain('What changed:');
    expect(text).toContain('on: false → true');
  });
});
