// The Members page's behaviour as functions: invite with a role, change a role and remove (both ask
// first), the invitation's code and next step shown once, and a viewer refused with the reason.
import type { Member } from '@ff/client';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { inviteNextSteps } from '../../member-writes.ts';
import { Screen } from '../components/screen.ts';
import { themeFor } from '../components/theme.ts';
import { h } from '../h.ts';
import { now, snapshot, stateWith } from '../test/fixtures.ts';
import { emailProblem } from './forms.ts';
import { keyHelp } from './help-palette.ts';
import { reduce } from './reducer.ts';
import type { AppState } from './reducer.ts';
import { press } from '../test/press.ts';

const bob: Member = {
  id: 'm2',
  email: 'bob@demo.local',
  role: 'developer',
  status: 'active',
  version: 3,
  createdAt: '2026-12-01T10:00:00.000Z',
};
const onPage = (role: 'owner' | 'viewer' = 'owner') =>
  stateWith(snapshot({ me: { role, email: 'ada@demo.local' }, members: [bob] }), {
    type: 'page',
    page: 'members',
  });

function frame(state: AppState): string {
  const { lastFrame, unmount } = render(h(Screen, { state, theme: themeFor(true), now }));
  const text = lastFrame() ?? '';
  unmount();
  return text;
}

describe('members page', { timeout: 60_000 }, () => {
  it('invites with a role: the email is checked, ←→ picks the role, Enter sends', () => {
    expect(emailProblem('bob')).toMatch(/type an email/);
    expect(emailProblem('carol@demo.local')).toBeUndefined();
    const stuck = press(onPage(), 'i', ...'carol', { return: true });
    expect(stuck.state.overlay).toMatchObject({ kind: 'inviteForm', step: 0 });
    const { state, effects } = press(
      onPage(),
      'i',
      ...'carol@demo.local',
      { return: true },
      { rightArrow: true },
    );
    expect(state.overlay).toMatchObject({ kind: 'inviteForm', step: 1, role: 'viewer' });
    expect(frame(state)).toContain('role   viewer');
    expect(effects).toEqual([]);
    const sent = press(state, { return: true });
    expect(sent.effects).toEqual([
      { kind: 'write', write: { kind: 'invite', email: 'carol@demo.local', role: 'viewer' } },
    ]);
  });

  it('shows the invitation code once with the ff login --invite next step', () => {
    const lines = inviteNextSteps(
      { ...bob, email: 'carol@demo.local', role: 'viewer', inviteCode: 'ffi_abc' } as never,
      'http://api.test',
    );
    const s = reduce(onPage(), { type: 'overlay', overlay: { kind: 'notice', title: 'Invitation', lines } });
    const text = frame(s);
    expect(text).toContain('invite code (shown once): ffi_abc');
    expect(text).toContain('ff login --invite ffi_abc --api-url http://api.test');
    expect(press(s, 'x').state.overlay).toBeUndefined();
  });

  it('changes a role and removes a member only after a confirmation', () => {
    const pick = press(onPage(), 'o', { leftArrow: true }, { return: true });
    expect(pick.effects).toEqual([]);
    expect(pick.state.overlay?.kind === 'confirm' && pick.state.overlay.lines[0]).toBe(
      "Change bob@demo.local's role: developer → project_admin.",
    );
    expect(press(pick.state, 'y').effects[0]).toMatchObject({
      write: { kind: 'memberRole', role: 'project_admin', member: { id: 'm2', version: 3 } },
    });
    const rm = press(onPage(), 'd');
    expect(rm.state.overlay?.kind === 'confirm' && rm.state.overlay.lines[0]).toMatch(
      /^Remove bob@demo.local/,
    );
    expect(press(rm.state, 'n').effects).toEqual([]);
    expect(press(rm.state, 'y').effects[0]).toMatchObject({ write: { kind: 'removeMember' } });
  });

  it('a viewer’s page says it is read-only and why', () => {
    const s = onPage('viewer');
    expect(frame(s)).toContain('read-only: you are a viewer');
    for (const k of ['i', 'o', 'd']) {
      const out = press(s, k);
      expect(out.state.overlay).toBeUndefined();
      expect(out.state.status?.text).toMatch(/read-only: you are a viewer/);
    }
    const rows = keyHelp.find(([title]) => title === 'Members')![1].map(([k]) => k);
    expect(rows).toEqual(['i', 'o', 'd']);
  });
});
