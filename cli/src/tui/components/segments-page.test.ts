// The Segments page and its create form rendered by Ink (ink-testing-library), read by their text.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { h } from '../h.ts';
import { now, snapshot, stateWith } from '../test/fixtures.ts';
import type { Action, AppState } from '../state/reducer.ts';
import { Screen } from './screen.ts';
import { themeFor } from './theme.ts';

function frame(state: AppState): string {
  const { lastFrame, unmount } = render(h(Screen, { state, theme: themeFor(true), now }));
  const text = lastFrame() ?? '';
  unmount();
  return text;
}

const page = (...actions: Action[]) => stateWith(snapshot(), { type: 'page', page: 'segments' }, ...actions);

describe('the Segments page', { timeout: 60_000 }, () => {
  it('lists segments with the keys that work here', () => {
    const text = frame(page());
    expect(text).toContain('› beta-testers');
    expect(text).toContain('n new · u rename · + add members · - remove members · i import a CSV');
  });

  it('checks the key live in the create form', () => {
    const form = (key: string) =>
      frame(page({ type: 'overlay', overlay: { kind: 'segmentForm', step: 0, key, name: '' } }));
    expect(form('beta-testers')).toContain('segment beta-testers already exists');
    expect(form('Bad Key')).toContain('the key ');
    expect(form('vip')).toContain('✓ vip is free');
  });

  it('asks for the context keys to add, and says which list they go to', () => {
    const text = frame(
      page({
        type: 'overlay',
        overlay: {
          kind: 'prompt',
          label: 'Add context keys to beta-testers',
          input: 'u1,u2',
          purpose: 'addMembers',
          list: 'excluded',
        },
      }),
    );
    expect(text).toContain('Add context keys to beta-testers');
    expect(text).toContain('› u1,u2');
    expect(text).toContain('into the excluded list · Tab: the included list (excluded never match)');
  });
});
