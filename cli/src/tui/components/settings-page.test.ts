// The Settings page and its overlays rendered by Ink (ink-testing-library), read by their text: the
// environments, the selected one's SDK keys with their last use, the forms, and a secret shown once.
import type { SdkKey } from '@ff/client';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { h } from '../h.ts';
import { now, snapshot, stateWith } from '../test/fixtures.ts';
import type { Action, AppState } from '../state/reducer.ts';
import type { Snapshot } from '../state/model.ts';
import { Screen } from './screen.ts';
import { themeFor } from './theme.ts';

function frame(state: AppState): string {
  const { lastFrame, unmount } = render(h(Screen, { state, theme: themeFor(true), now }));
  const text = lastFrame() ?? '';
  unmount();
  return text;
}

const key = (id: string, patch: Partial<SdkKey> = {}): SdkKey => ({
  id,
  kind: 'server',
  name: `${id}-api`,
  prefix: `ff_srv_${id}`,
  environment: 'production',
  createdAt: '2026-12-01T09:00:00.000Z',
  expiresAt: null,
  revokedAt: null,
  ...patch,
});

const keys: Snapshot['sdkKeys'] = {
  development: [],
  staging: [],
  production: [
    key('k1'),
    key('k2', { kind: 'client', expiresAt: '2026-12-01T13:00:00.000Z' }),
    key('k3', { revokedAt: '2026-12-01T11:00:00.000Z' }),
  ],
};

const page = (data: Partial<Snapshot> = {}, ...actions: Action[]) =>
  stateWith(
    snapshot({ sdkKeys: keys, keyUsage: { k1: '2026-12-01T11:58:00.000Z', k2: null }, ...data }),
    {
      type: 'page',
      page: 'settings',
    },
    ...actions,
  );

describe('the Settings page', { timeout: 60_000 }, () => {
  it("lists the environments and the selected one's SDK keys: kind, name, prefix, created, last used, state", () => {
    const text = frame(
      page({}, { type: 'moveList', by: 2 }, { type: 'settings', do: 'section', section: 'keys' }),
    );
    expect(text).toContain('› production');
    expect(text).toContain('SDK keys of production (protected)');
    const line = (id: string) => text.split('\n').find((l) => l.includes(`${id}-api`)) ?? '';
    expect(line('k1')).toMatch(/› server\s+k1-api\s+ff_srv_k1…\s+3h ago\s+2m ago\s+active/);
    expect(line('k2')).toMatch(/client\s+k2-api\s+ff_srv_k2…\s+3h ago\s+never\s+expires in 1h/);
    expect(line('k3')).toMatch(/revoked 1h ago/);
    expect(text).toContain(
      'n new key · R rotate (with an overlap) · d revoke (asks first) · Esc environments',
    );
  });

  it('fits 80×24: the key state stays on screen, the creation time gives way', () => {
    const text = frame(
      page(
        {},
        { type: 'resize', width: 80, height: 24 },
        { type: 'moveList', by: 2 },
        { type: 'settings', do: 'section', section: 'keys' },
      ),
    );
    const lines = text.split('\n');
    expect(lines).toHaveLength(24);
    expect(lines.every((l) => [...l].length <= 80)).toBe(true);
    expect(text).not.toContain('CREATED');
    expect(lines.find((l) => l.includes('k3-api'))).toMatch(/revoked 1h ago$/);
    expect(lines.find((l) => l.includes('k2-api'))).toMatch(/expires in 1h$/);
  });

  it('says why the keys are not listed for a developer', () => {
    const text = frame(page({ sdkKeys: undefined, me: { role: 'developer', email: 'd@demo.local' } }));
    expect(text).toContain('environments and SDK keys need a project admin (you are a developer)');
  });

  it('draws the key form, the rotate overlap and the environment form with their checks', () => {
    const keyForm = frame(
      page(
        {},
        {
          type: 'overlay',
          overlay: { kind: 'keyForm', env: 'staging', step: 1, keyKind: 'client', name: 'web' },
        },
      ),
    );
    expect(keyForm).toContain('New SDK key in staging');
    expect(keyForm).toContain('› name       web');
    expect(keyForm).toContain('client: for browsers and apps');
    const rotate = (input: string) =>
      frame(
        page(
          {},
          { type: 'overlay', overlay: { kind: 'rotateForm', env: 'production', key: key('k1'), input } },
        ),
      );
    expect(rotate('5400')).toContain('✓ 1h 30m');
    expect(rotate('999999')).toContain('whole seconds from 0 to 604800');
    const clone = frame(
      page(
        {},
        {
          type: 'overlay',
          overlay: {
            kind: 'envForm',
            source: 'production',
            step: 0,
            key: 'staging',
            name: '',
            protect: true,
          },
        },
      ),
    );
    expect(clone).toContain('Clone production into a new environment');
    expect(clone).toContain('environment staging already exists');
    expect(clone).toContain("every flag gets production's configuration there");
  });

  it('shows a new secret with the copy hint', () => {
    const text = frame(
      page(
        {},
        {
          type: 'overlay',
          overlay: {
            kind: 'secret',
            title: 'New SDK key: copy it now: it is not shown again',
            lines: ['server key "ci" for production (id 1)', '', 'ff_srv_THESECRET'],
            secret: 'ff_srv_THESECRET',
          },
        },
      ),
    );
    expect(text).toContain('copy it now: it is not shown again');
    expect(text).toContain('ff_srv_THESECRET');
    expect(text).toContain('c copies it to the clipboard (OSC 52)');
    expect(text).toContain('c copy (OSC 52) · any other key closes');
  });
});
