// The real `ff dash` in a pseudo-terminal (node-pty) against a real API: open, filter to a flag, turn it
// off in production through the confirmation and check through the API; a change made through the API
// shows on screen without a keypress; resize; q, Ctrl-C and SIGTERM give the terminal back (main screen,
// cursor shown). The screen is read through a small terminal emulator (vt-screen.ts), by its text
// (dash-pty.ts). Waits end on what the screen shows; their bounds (60 s) only limit how long a failure takes.
import type { IPty } from '@cdktf/node-pty-prebuilt-multiarch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../api/test/api-fixture.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { lineWith, openDash as openDash_ } from './dash-pty.ts';
import type { Dash } from './dash-pty.ts';
let fx: ApiFixture;
const running: IPty[] = [];

beforeAll(async () => {
  fx = await startApiFixture();
  // new-checkout starts on in production, so the test can turn it off.
  const res = await fx.call(
    'owner',
    'PATCH',
    '/api/v1/projects/demo/flags/new-checkout/environments/production',
    {
      body: { actions: [{ kind: 'turnOn' }] },
    },
  );
  expect(res.status).toBe(200);
}, 120_000);
afterAll(async () => {
  for (const p of running) p.kill();
  await fx?.close();
});

const openDash = (opts?: Parameters<typeof openDash_>[2]) => openDash_(fx, running, opts);

function expectRestored(dash: Dash): void {
  expect(dash.screen.alternate).toBe(false);
  expect(dash.screen.cursorVisible).toBe(true);
  // The shell's screen is back: none of the dashboard is on it.
  expect(dash.screen.text()).not.toContain('ff dash ·');
}

describe('ff dash in a terminal', () => {
  it('filters to a flag, turns it off in production with the confirmation, follows a change made elsewhere, resizes and quits cleanly', async () => {
    const dash = openDash();
    await dash.until(
      (t) => t.includes('new-checkout') && t.includes('banner-config') && t.includes('● live'),
      'the flags, live',
    );
    expect(dash.screen.alternate).toBe(true);
    expect(lineWith(dash.screen.lines(), 'ff dash')).toContain('env production (protected)');

    dash.key('/');
    for (const c of 'new-ch') dash.key(c);
    await dash.until(
      (t) => t.includes('/new-ch') && !t.includes('banner-config'),
      'the list filtered to new-checkout',
    );
    dash.key('\r');
    dash.key('\r');
    await dash.until(
      (t) => t.includes('EVERYONE ELSE GETS') && t.includes('"New checkout"'),
      'the flag detail',
    );
    await dash.until((_, l) => lineWith(l, '› production').includes('● '), 'production on');

    dash.key(' ');
    await dash.until(
      (t) => t.includes('Turn new-checkout OFF in production (protected)'),
      'the confirmation, spelled out',
    );
    dash.key('y');
    await dash.until((t) => t.includes('new-checkout is off in production'), 'the change confirmed');
    const after = await fx.call(
      'owner',
      'GET',
      '/api/v1/projects/demo/flags/new-checkout/environments/production',
    );
    expect(after.body.on).toBe(false);
    expect(lineWith(dash.screen.lines(), '› production')).toContain('○ off');

    // Made elsewhere: the row changes with no key pressed.
    expect(lineWith(dash.screen.lines(), 'staging')).toContain('○ off');
    const elsewhere = await fx.call(
      'developer',
      'PATCH',
      '/api/v1/projects/demo/flags/new-checkout/environments/staging',
      {
        body: { actions: [{ kind: 'turnOn' }] },
      },
    );
    expect(elsewhere.status).toBe(200);
    await dash.until(
      (_, l) => !lineWith(l, 'staging').includes('○ off') && lineWith(l, 'staging').includes('v2'),
      'staging turned on elsewhere',
    );

    dash.pty.resize(80, 24);
    dash.screen.resize(80, 24);
    await dash.until(
      (_, l) =>
        l.length === 24 && l[23]!.includes('? help') && l.some((x) => x.includes('EVERYONE ELSE GETS')),
      'the screen redrawn at 80×24',
    );
    expect(dash.screen.lines().every((l) => [...l].length <= 80)).toBe(true);

    dash.key('\x1b');
    await dash.until((t) => t.includes('CHANGED') && t.includes('› new-checkout'), 'the list again');
    dash.key('q');
    expect(await dash.exited).toBe(0);
    expectRestored(dash);
  }, 300_000);

  it('gives the terminal back on Ctrl-C', async () => {
    const dash = openDash({ env: { NO_COLOR: '1' } });
    await dash.until((t) => t.includes('new-checkout'), 'the flags');
    // NO_COLOR: no colour escapes at all (SGR 30-37/90-97 foreground).
    const esc = String.fromCharCode(27);
    expect(dash.raw()).not.toMatch(new RegExp(`${esc}\\[(3[0-7]|9[0-7])m`));
    dash.key('\x03');
    expect(await dash.exited).toBe(0);
    expectRestored(dash);
  }, 180_000);

  it('gives the terminal back when it is terminated (a closed SSH session)', async () => {
    const dash = openDash();
    await dash.until((t) => t.includes('new-checkout'), 'the flags');
    dash.pty.kill('SIGTERM');
    await dash.exited;
    expectRestored(dash);
  }, 180_000);
});
