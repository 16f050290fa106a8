// The real `ff dash` in a pseudo-terminal against a real API, on the Settings and Segments pages: create
// an SDK key in staging and see its secret once (it opens the SDK config; c copies it with OSC 52), then
// revoke it after the confirmation and check through the API (listed as revoked, refused by the SDK
// endpoint), and see a key made elsewhere appear live; clone production and compare a flag's
// configuration there through the API; import a CSV of 1,000 context keys into a segment, watch the
// progress bar reach 100%, and check the member count through the API, then rename the segment with u.
// Screens are read by their text; waits end on what they show.
import type { IPty } from '@cdktf/node-pty-prebuilt-multiarch';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../api/test/api-fixture.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { lineWith, openDash } from './dash-pty.ts';
import type { Dash } from './dash-pty.ts';
import { tempConfigDir } from './harness.ts';

let fx: ApiFixture;
const running: IPty[] = [];

const ttlBefore = process.env.FF_SDK_KEY_TTL_MS;

beforeAll(async () => {
  // The SDK routes trust a key lookup for FF_SDK_KEY_TTL_MS (500 ms by default), so a key revoked within
  // that window of its last use still opens them briefly. With no window the refusal is immediate, and
  // the test can check it without waiting out a timer.
  process.env.FF_SDK_KEY_TTL_MS = '0';
  fx = await startApiFixture();
  const made = await fx.call('owner', 'POST', '/api/v1/projects/demo/segments', {
    body: { key: 'e2e-import', name: 'E2E import' },
  });
  expect(made.status).toBe(201);
}, 120_000);
afterAll(async () => {
  for (const p of running) p.kill();
  await fx?.close();
  if (ttlBefore === undefined) delete process.env.FF_SDK_KEY_TTL_MS;
  else process.env.FF_SDK_KEY_TTL_MS = ttlBefore;
});

/**
 * Moves the cursor down with j until a selected line (›) holds `text`. Each press waits for the selected
 * line itself to change, not for any new frame: a frame drawn for another reason (a list arriving, the
 * live marker) would otherwise let a second j go out before the first one landed, and overshoot.
 */
async function select(dash: Dash, text: string): Promise<void> {
  // Both lists (environments, then their keys) mark their selected row.
  const cursorLines = (lines: string[]) => lines.filter((l) => l.includes('› ')).join('\n');
  const selected = (lines: string[]) => lines.some((l) => l.includes('› ') && l.includes(text));
  for (let i = 0; i < 50 && !selected(dash.screen.lines()); i++) {
    const before = cursorLines(dash.screen.lines());
    dash.key('j');
    // A frame is whole once its last line (the keys) is drawn again: Ink erases, then writes top down.
    await dash.until(
      (_, l) => cursorLines(l) !== before && (l.at(-1) ?? '').includes('? help'),
      `the cursor to move towards ${text}`,
    );
  }
  expect(selected(dash.screen.lines())).toBe(true);
}

const type = (dash: Dash, text: string) => {
  for (const c of text) dash.key(c);
};

describe('ff dash Settings and Segments in a terminal', () => {
  it('creates an SDK key and shows the secret once, then revokes it', async () => {
    const dash = openDash(fx, running);
    await dash.until((t) => t.includes('new-checkout') && t.includes('● live'), 'the flags, live');
    dash.key('8');
    await dash.until((t) => t.includes('Settings · environments'), 'the Settings page');
    await select(dash, 'staging');
    dash.key('\r');
    await dash.until((t) => t.includes('SDK keys of staging') && t.includes('n new key'), "staging's keys");

    dash.key('n');
    await dash.until((t) => t.includes('New SDK key in staging'), 'the key form');
    dash.key('\r');
    type(dash, 'e2e-key');
    await dash.until((t) => t.includes('› name       e2e-key'), 'the name typed');
    dash.key('\r');
    const secretRe = /ff_srv_[A-Za-z0-9_-]{43}/;
    await dash.until(
      (t) =>
        t.includes('copy it now: it is not shown again') &&
        t.includes('c copies it to the clipboard (OSC 52)') &&
        secretRe.test(t),
      'the secret, once',
    );
    const secret = secretRe.exec(dash.screen.text())?.[0];
    expect(secret).toBeDefined();
    // The secret is the key: the SDK endpoint opens with it.
    const config = await fx.call('anonymous', 'GET', '/sdk/v1/config', {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(config.status, `${secret}: ${JSON.stringify(config.body)}`).toBe(200);

    dash.key('c');
    const osc52 = `\x1b]52;c;${Buffer.from(secret!).toString('base64')}\x07`;
    await dash.until(() => dash.raw().includes(osc52), 'the secret copied through OSC 52');
    await dash.until((t) => t.includes('copied (OSC 52)'), 'the copy confirmed');
    dash.key('x');
    await dash.until(
      (t, l) => !t.includes('copy it now') && lineWith(l, 'e2e-key').includes('active'),
      'the secret gone and the key listed',
    );
    expect(dash.screen.text()).not.toContain(secret);

    await select(dash, 'e2e-key');
    dash.key('d');
    await dash.until(
      (t) => t.includes('Revoke the server key "e2e-key"') && t.includes('in staging at once'),
      'the revocation, spelled out',
    );
    dash.key('y');
    await dash.until((t) => t.includes('revoked server key "e2e-key" in staging'), 'the key revoked');
    await dash.until((_, l) => lineWith(l, 'e2e-key').includes('revoked'), 'the key shown revoked');

    const listed = await fx.call('owner', 'GET', '/api/v1/projects/demo/environments/staging/sdk-keys');
    const row = listed.body.items.find((k: { name: string }) => k.name === 'e2e-key');
    expect(row?.revokedAt, JSON.stringify(listed.body)).not.toBeNull();
    const refused = await fx.call('anonymous', 'GET', '/sdk/v1/config', {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(refused.status, JSON.stringify(refused.body)).toBe(401);

    // A key made elsewhere (the API, another dashboard) shows with no key pressed: the change stream.
    const elsewhere = await fx.call('owner', 'POST', '/api/v1/projects/demo/environments/staging/sdk-keys', {
      body: { kind: 'client', name: 'from-elsewhere' },
    });
    expect(elsewhere.status).toBe(201);
    await dash.until((_, l) => lineWith(l, 'from-elsewhere').includes('active'), 'the key made elsewhere');
    dash.key('\x03');
    expect(await dash.exited).toBe(0);
  }, 300_000);

  it('clones production into a new environment that holds the same flag configurations', async () => {
    const dash = openDash(fx, running);
    await dash.until((t) => t.includes('new-checkout') && t.includes('● live'), 'the flags, live');
    dash.key('8');
    await dash.until((t) => t.includes('Settings · environments'), 'the Settings page');
    await select(dash, 'production');
    dash.key('C');
    await dash.until((t) => t.includes('Clone production into a new environment'), 'the clone form');
    type(dash, 'prod-copy');
    await dash.until((t) => t.includes('✓ prod-copy is free'), 'the key checked');
    dash.key('\r');
    dash.key('\r');
    await dash.until((t) => t.includes('› protected  yes'), 'protected, like its source');
    dash.key('\r');
    await dash.until(
      (t) => t.includes('created prod-copy as a copy of production (protected)'),
      'the environment created',
    );
    await dash.until((_, l) => lineWith(l, 'prod-copy').includes('yes'), 'the new environment listed');
    const config = (env: string) =>
      fx.call('owner', 'GET', `/api/v1/projects/demo/flags/checkout-flow/environments/${env}`);
    const [source, copy] = [(await config('production')).body, (await config('prod-copy')).body];
    for (const field of ['on', 'offVariation', 'fallthrough', 'rules', 'targets', 'prerequisites'])
      expect(copy[field], field).toEqual(source[field]);
    dash.key('\x03');
    expect(await dash.exited).toBe(0);
  }, 300_000);

  it('imports a CSV into a segment with a progress bar that reaches 100%, then renames it', async () => {
    const file = join(tempConfigDir(), 'members.csv');
    writeFileSync(file, Array.from({ length: 1000 }, (_, i) => `user-${i}\n`).join(''));
    const dash = openDash(fx, running, { cols: 120 });
    await dash.until((t) => t.includes('new-checkout') && t.includes('● live'), 'the flags, live');
    dash.key('3');
    await dash.until((t) => t.includes('Segments (') && t.includes('e2e-import'), 'the Segments page');
    await select(dash, 'e2e-import');
    dash.key('i');
    await dash.until((t) => t.includes('Import members into e2e-import'), 'the import form');
    type(dash, file);
    await dash.until((t) => t.includes('members.csv'), 'the path typed');
    dash.key('\r');
    dash.key('\r');
    await dash.until((t) => t.includes('› mode        merge'), 'the mode step');
    dash.key('\r');
    await dash.until(
      (t) => t.includes('100%') && t.includes('✓ e2e-import: 1000 lines, 1000 added'),
      'the progress at 100% and the result',
    );
    expect(dash.screen.text()).toContain('1000 of 1000 lines');
    const segment = await fx.call('owner', 'GET', '/api/v1/projects/demo/segments/e2e-import');
    expect(segment.body.includedCount).toBe(1000);
    dash.key('x');
    await dash.until((_, l) => lineWith(l, '› e2e-import').includes('1000+/0-'), 'the new size in the list');

    // u renames it (and could change its description): sent with the version on screen.
    dash.key('u');
    await dash.until((t) => t.includes('› name        E2E import▏'), 'the name form, filled in');
    type(dash, ' (CSV)');
    dash.key('\r');
    await dash.until((t) => t.includes('› description'), 'the description step');
    dash.key('\r');
    await dash.until(
      (t) => t.includes('e2e-import: name "E2E import" → "E2E import (CSV)"'),
      'the rename said',
    );
    const renamed = await fx.call('owner', 'GET', '/api/v1/projects/demo/segments/e2e-import');
    expect(renamed.body).toMatchObject({ name: 'E2E import (CSV)', includedCount: 1000 });
    dash.key('\x03');
    expect(await dash.exited).toBe(0);
  }, 300_000);
});
