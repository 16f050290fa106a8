// A flag's definition from its detail page (D): the fields start as the flag has them, only what differs
// is sent (with the version on screen), client-side or not asks first, names and tags are checked by the
// engine's limits and tag pattern, a viewer is refused.
import { render } from 'ink-testing-library';
import { LIMITS } from '@ff/engine/limits';
import { describe, expect, it } from 'vitest';
import { Screen } from '../components/screen.ts';
import { themeFor } from '../components/theme.ts';
import { h } from '../h.ts';
import { now, snapshot, stateWith } from '../test/fixtures.ts';
import { press } from '../test/press.ts';
import type { KeyInfo } from './outcome.ts';

const enter: KeyInfo = { return: true };
const bs: KeyInfo = { backspace: true };

const detail = (role: 'owner' | 'viewer' = 'owner') =>
  stateWith(snapshot({ me: { role, email: 'x@demo.local' } }), { type: 'openDetail', key: 'new-checkout' });

describe('D: a flag’s definition', () => {
  it('starts from the flag, and sends only what changed, with its version', () => {
    const form = press(detail(), 'D').state;
    expect(form.overlay).toEqual({
      kind: 'definitionForm',
      flag: 'new-checkout',
      version: 1,
      step: 0,
      name: 'new checkout',
      description: '',
      tags: 'checkout',
      owner: '',
      temporary: true,
      clientSide: false,
    });
    const sent = press(
      form,
      ' v2',
      enter,
      enter,
      ...', web',
      enter,
      ...'ada@demo.local',
      enter,
      ' ',
      enter,
      enter,
    );
    expect(sent.state.overlay).toBeUndefined();
    expect(sent.effects).toEqual([
      {
        kind: 'write',
        write: {
          kind: 'definition',
          flag: 'new-checkout',
          version: 1,
          body: {
            name: 'new checkout v2',
            tags: ['checkout', 'web'],
            owner: 'ada@demo.local',
            temporary: false,
          },
          summary:
            'name "new checkout" → "new checkout v2", tags checkout → checkout,web, owner (none) → ada@demo.local, permanent',
        },
      },
    ]);
    const same = press(form, enter, enter, enter, enter, enter, enter);
    expect(same.effects).toEqual([]);
    expect(same.state.status?.text).toBe('nothing changed');
  });

  it('asks first when the flag becomes client-side, saying browser keys will receive it', () => {
    const asked = press(detail(), 'D', enter, enter, enter, enter, enter, ' ', enter);
    expect(asked.effects).toEqual([]);
    expect(asked.state.overlay).toMatchObject({
      kind: 'confirm',
      write: { kind: 'definition', body: { clientSide: true } },
      lines: [
        'Change new-checkout: client-side.',
        'Browser SDK keys of every environment start receiving it (its values become public).',
      ],
    });
  });

  it('refuses an empty name, a malformed tag and too many tags, and a viewer', () => {
    const noName = press(
      detail(),
      'D',
      ...Array<KeyInfo>(12).fill(bs),
      enter,
      enter,
      enter,
      enter,
      enter,
      enter,
    );
    expect(noName.effects).toEqual([]);
    expect(noName.state.status).toMatchObject({ text: 'a flag needs a name', tone: 'error' });
    const badTag = press(detail(), 'D', enter, enter, ...', no spaces', enter, enter, enter, enter);
    expect(badTag.state.status?.text).toMatch(/^tag "no spaces": a letter or digit/);
    const many = Array.from({ length: LIMITS.tags + 1 }, (_, i) => `t${i}`).join(',');
    const tooMany = press(detail(), 'D', enter, enter, `,${many}`, enter, enter, enter, enter);
    expect(tooMany.state.status?.text).toBe(`a flag has at most ${LIMITS.tags} tags`);
    const viewer = press(detail('viewer'), 'D');
    expect(viewer.state.overlay).toBeUndefined();
    expect(viewer.state.status?.text).toMatch(/read-only: you are a viewer/);
  });

  it('draws the form, the field being typed marked', () => {
    const form = press(detail(), 'D', enter, enter).state;
    const { lastFrame, unmount } = render(h(Screen, { state: form, theme: themeFor(true), now }));
    const text = lastFrame() ?? '';
    unmount();
    expect(text).toContain('Definition of new-checkout (every environment)');
    expect(text).toContain('› tags         checkout▏');
    expect(text).toContain('  temporary    yes  (space)');
  });
});
