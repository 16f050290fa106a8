// `ff insights`, `ff flags usage` and `ff flags stale` against the real API, on counts an sdk-node client
// reported (flushed explicitly, the API's intake queue drained before reading).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../api/src/logger.ts';
import { eventSink } from '../../api/src/modules/sdk/events.ts';
import { startApiFixture } from '../../api/test/api-fixture.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { createClient } from '../../sdk-node/src/client.ts';
import type { Client } from '../../sdk-node/src/client.ts';
import { ff, tempConfigDir } from './harness.ts';

let fx: ApiFixture;
let env: Record<string, string>;
let client: Client | undefined;

beforeAll(async () => {
  fx = await startApiFixture();
  env = { FF_CONFIG_DIR: tempConfigDir(), FF_API_URL: fx.url, FF_TOKEN: fx.tokens.owner, FF_PROJECT: 'demo' };
  const flag = await fx.call('owner', 'POST', '/api/v1/projects/demo/flags', {
    body: { key: 'used-flag', name: 'Used', kind: 'boolean' },
  });
  expect(flag.status).toBe(201);
  const key = await fx.call('owner', 'POST', '/api/v1/projects/demo/environments/staging/sdk-keys', {
    body: { kind: 'server', name: 'cli insights' },
  });
  client = createClient({ sdkKey: key.body.key, baseUrl: fx.url, stream: false, flushInterval: 3_600_000 });
  expect((await client.ready({ timeout: 30_000 })).ok).toBe(true);
  for (let i = 0; i < 42; i++) client.getValue('used-flag', { key: `u${i}` }, false);
  await client.flush();
  await eventSink(fx.db, createLogger({ level: 'silent' })).drain();
}, 120_000);
afterAll(async () => {
  await client?.close();
  await fx?.close();
}, 60_000);

describe('ff insights', () => {
  it('prints the summary with the top flag and its sparkline; --json returns the API summary', async () => {
    const text = await ff(['insights', '--days', '7'], env);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/evaluations:\s+42 last 24 h · 42 last 7 d · 42 last 30 d/);
    expect(text.stdout).toMatch(/used-flag\s+42\s+\|[·█]{7}\|\s+(just now|\d+ min ago)/);
    const json = await ff(['insights', '--json'], env);
    expect(json.json).toMatchObject({
      project: 'demo',
      evaluations: { last24h: 42 },
      topFlags: [{ flag: 'used-flag', evaluations: 42 }],
    });
    expect(json.json.neverEvaluated).not.toContain('used-flag');
  });

  it('ff flags usage KEY shows per-environment totals and per-variation sparklines', async () => {
    const r = await ff(['flags', 'usage', 'used-flag', '--hours', '3'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/staging\s+42\s+(just now|\d+ min ago)/);
    // The flag is off in staging: every evaluation served its off variation (1, named "off").
    expect(r.stdout).toMatch(/staging\s+1:off\s+42\s+\|[·█]{3}\|/);
    const json = await ff(['flags', 'usage', 'used-flag', '-e', 'staging', '--json'], env);
    expect(json.json).toMatchObject({
      flag: 'used-flag',
      exists: true,
      granularity: 'day',
      environments: [{ environment: 'staging', total: 42 }],
    });
  });

  it('ff flags stale lists reasons and actions; --fail-on-stale exits 1 only when something is stale', async () => {
    const clean = await ff(['flags', 'stale', '--fail-on-stale'], env);
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stdout).toContain('(none)');
    // The demo flags become 40 days old and were never evaluated.
    await fx
      .db('flags')
      .whereNot({ key: 'used-flag' })
      .update({ created_at: new Date(Date.now() - 40 * 86_400_000) });
    const listed = await ff(['flags', 'stale'], env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(
      /never-evaluated\s+Created .* never evaluated by any SDK\.\s+-\s+Ship the code that uses it/,
    );
    const failing = await ff(['flags', 'stale', '--fail-on-stale'], env);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(/stale flags? in demo \(after 30 days\)/);
    const json = await ff(['flags', 'stale', '--json'], env);
    expect(json.json.items.every((i: { reason: string }) => i.reason === 'never-evaluated')).toBe(true);
  });
});
