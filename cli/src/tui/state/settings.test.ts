// The Settings page's behaviour as functions: protecting an environment asks first; creating and cloning
// an environment (key checked by the engine's rule); the selected environment's SDK keys: create (the
// secret shown once, copied on c), rotate with an overlap (asks, spelled out), revoke (asks); a viewer and
// a developer are refused with the reason.
import type { SdkKey } from '@ff/client';
import { describe, expect, it } from 'vitest';
import { snapshot, stateWith } from '../test/fixtures.ts';
import { keyHelp } from './help-palette.ts';
import { interpret } from './keys.ts';
import { reduce } from './reducer.ts';
import { envKeyProblem, overlapProblem, settingsHelp } from './settings.ts';
import { press } from '../test/press.ts';

const sdkKey = (id: string, env: string, patch: Partial<SdkKey> = {}): SdkKey => ({
  id,
  kind: 'server',
  name: `${id}-name`,
  prefix: `ff_srv_${id}`,
  environment: env,
  createdAt: '2026-12-01T10:00:00.000Z',
  expiresAt: null,
  revokedAt: null,
  ...patch,
});

const keys = {
  development: [],
  staging: [sdkKey('s1', 'staging')],
  production: [
    sdkKey('p1', 'production'),
    sdkKey('p0', 'production', { revokedAt: '2026-12-01T11:00:00.000Z' }),
  ],
};

const onPage = (role: 'owner' | 'developer' | 'viewer' = 'owner') =>
  stateWith(snapshot({ me: { role, email: 'x@demo.local' }, sdkKeys: keys }), {
    type: 'page',
    page: 'settings',
  });

const down = { downArrow: true };
const enter = { return: true };

describe('settings page keys', () => {
  it('p protects the selected environment (unprotects a protected one) after a confirmation', () => {
    const ask = interpret(onPage(), 'p', {});
    expect(ask.effects).toEqual([]);
    let s = ask.actions.reduce(reduce, onPage());
    expect(s.overlay).toMatchObject({
      kind: 'confirm',
      write: { kind: 'protectEnv', environment: 'development', protect: true },
    });
    expect(interpret(s, 'y', {}).effects).toEqual([
      { kind: 'write', write: { kind: 'protectEnv', environment: 'development', protect: true } },
    ]);
    s = reduce(onPage(), { type: 'moveList', by: 2 });
    const off = interpret(s, 'p', {}).actions.reduce(reduce, s);
    expect(off.overlay?.kind === 'confirm' && off.overlay.lines[0]).toBe(
      'Unprotect production: developers can change its flags.',
    );
    expect(keyHelp.find(([t]) => t === 'Settings')![1]).toBe(settingsHelp);
  });

  it('creates an environment, and clones the selected one, the key checked as typed', () => {
    const s = onPage();
    expect(envKeyProblem(s, 'staging')).toBe('environment staging already exists');
    expect(envKeyProblem(s, 'QA env')).toMatch(/^the key /);
    expect(press(s, 'c', ...'staging', enter).state.overlay).toMatchObject({ kind: 'envForm', step: 0 });
    const created = press(s, 'c', ...'qa', enter, ...' env', enter, ' ', enter);
    expect(created.effects).toEqual([
      {
        kind: 'write',
        write: {
          kind: 'settings',
          op: 'createEnv',
          key: 'qa',
          name: 'qa env',
          protect: true,
          source: undefined,
        },
      },
    ]);
    // C on production clones it, protected like its source unless changed.
    const cloned = press(s, down, down, 'C', ...'prod-eu', enter, enter, enter);
    expect(cloned.effects).toEqual([
      {
        kind: 'write',
        write: {
          kind: 'settings',
          op: 'createEnv',
          key: 'prod-eu',
          name: 'prod-eu',
          protect: true,
          source: 'production',
        },
      },
    ]);
  });

  it("lists the selected environment's keys and creates one; in a protected environment it asks first, spelled out", () => {
    const inStaging = press(onPage(), down, enter);
    expect(inStaging.state.settings.section).toBe('keys');
    const made = press(inStaging.state, 'n', { rightArrow: true }, enter, ...'web', enter);
    expect(made.effects).toEqual([
      {
        kind: 'write',
        write: { kind: 'settings', op: 'createKey', env: 'staging', keyKind: 'client', name: 'web' },
      },
    ]);
    const prod = press(onPage(), down, down, enter, 'n', enter, ...'api', enter);
    expect(prod.effects).toEqual([]);
    expect(prod.state.overlay).toMatchObject({
      kind: 'confirm',
      write: { op: 'createKey', env: 'production' },
    });
    expect(prod.state.overlay?.kind === 'confirm' && prod.state.overlay.lines[0]).toBe(
      'Create a server SDK key "api" in production (protected).',
    );
    expect(press(prod.state, 'y').effects).toHaveLength(1);
    expect(press(prod.state, 'n').state.status?.text).toBe('cancelled: nothing changed');
  });

  it('rotates with an overlap (checked, default one hour) and revokes, each after a confirmation', () => {
    const keysOfProd = press(onPage(), down, down, enter).state;
    const form = press(keysOfProd, 'R').state;
    expect(form.overlay).toMatchObject({ kind: 'rotateForm', input: '3600', key: { id: 'p1' } });
    expect(overlapProblem('604801')).toMatch(/whole seconds from 0 to 604800/);
    expect(press(form, { backspace: true }, { backspace: true }, enter).state.overlay).toMatchObject({
      kind: 'confirm',
      lines: [
        'Rotate the server key "p1-name" (ff_srv_p1…) in production (protected): a new secret now;',
        'the old one keeps working for 36s, then stops.',
      ],
    });
    const revoke = press(keysOfProd, 'd');
    expect(revoke.state.overlay).toMatchObject({
      kind: 'confirm',
      write: { op: 'revokeKey', key: { id: 'p1' } },
    });
    expect(press(revoke.state, 'y').effects).toEqual([
      {
        kind: 'write',
        write: expect.objectContaining({ kind: 'settings', op: 'revokeKey', env: 'production' }),
      },
    ]);
    // The revoked key sorts last and is not revoked twice.
    const onRevoked = press(keysOfProd, down, 'd');
    expect(onRevoked.state.status?.text).toBe('p0-name is already revoked');
    expect(press(keysOfProd, { escape: true }).state.settings.section).toBe('environments');
  });

  it('shows a new secret once: c copies it, any other key closes it and it is gone from the state', () => {
    const s = reduce(onPage(), {
      type: 'overlay',
      overlay: { kind: 'secret', title: 'New SDK key', lines: ['x'], secret: 'ff_srv_secret' },
    });
    expect(press(s, 'c').effects).toEqual([{ kind: 'copy', text: 'ff_srv_secret' }]);
    const closed = press(s, 'x').state;
    expect(closed.overlay).toBeUndefined();
    expect(JSON.stringify(closed)).not.toContain('ff_srv_secret');
  });

  it('a viewer and a developer are told why', () => {
    const out = interpret(onPage('viewer'), 'p', {});
    expect(out.effects).toEqual([]);
    expect(out.actions).toEqual([{ type: 'status', text: expect.stringMatching(/viewer/), tone: 'error' }]);
    for (const role of ['viewer', 'developer'] as const) {
      for (const k of ['c', 'C']) expect(press(onPage(role), k).state.overlay).toBeUndefined();
      const { state } = press(onPage(role), enter, 'n');
      expect(state.overlay).toBeUndefined();
      expect(state.status?.text).toMatch(
        role === 'viewer' ? /you are a viewer/ : /need a project admin \(you are a developer\)/,
      );
    }
  });
});
