// The browser SDK in a real browser: headless Chromium (Debian's package, /usr/bin/chromium; .ci/run
// installs it) driven by playwright-core, loading the example app (sdk-browser/examples/react-dashboard,
// built here with Vite) from its own page server, on another origin than the real API (PGlite, or
// Postgres with DATABASE_URL). The page server bootstraps each page with sdk-node's allFlags for the user,
// as a server-rendered app would. Scenarios, in order (they share the API and the client key):
//   first paint from the bootstrap, with no other dashboard shown before it (and, as a control, the
//   flicker this prevents: without bootstrap or cache the default is painted first); a flag turned off
//   through the management API (what `ff flags off` sends) changes the page without a reload; identify
//   switches users; a tracked event reaches the database although the page was left at once; a visitor
//   of a running experiment's flag is recorded as one exposure (the page left at once); a reload with
//   the API stopped renders the cached values; a revoked key leaves the page (and a reload) on them.
// Waits are for what the page shows, bounded at 60 s; nothing asserts how long anything took.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolledVariant } from '@ff/engine';
import { createClient as createServerClient } from '@ff/sdk-node';
import type { Client as ServerClient } from '@ff/sdk-node';
import { createApp } from '../../api/src/app.ts';
import { createLogger } from '../../api/src/logger.ts';
import { eventSink } from '../../api/src/modules/sdk/events.ts';
import { listen } from '../../api/src/server.ts';
import type { RunningServer } from '../../api/src/server.ts';
import { seedFixtureData } from '../../api/test/api-fixture.ts';
import { createTestDb } from '../../api/test/db.ts';
import type { TestDb } from '../../api/test/db.ts';
import { startExampleServer } from '../examples/react-dashboard/server.ts';
import type { ExampleServer } from '../examples/react-dashboard/server.ts';

const CHROMIUM = process.env.FF_CHROMIUM ?? '/usr/bin/chromium';
// playwright-core starts the browser with a fresh temporary profile (--user-data-dir) of its own.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const WAIT = 60_000;
const tunables = { FF_SSE_HEARTBEAT_MS: '200', FF_SSE_KEY_CHECK_MS: '100' };
const example = fileURLToPath(new URL('../examples/react-dashboard/', import.meta.url));
const logger = createLogger({ level: 'silent' });

let testDb: TestDb;
let api: RunningServer;
let apiPort: number;
let owner: string;
let clientKeyId: string;
let serverSdk: ServerClient;
let pages: ExampleServer;
let browser: Browser;
let dist: string;

/** The API as one replica: stopped and started again on the same port and database. */
async function startApi(port = 0): Promise<void> {
  api = await listen(createApp({ db: testDb.db, logger }), { port, host: '127.0.0.1', logger });
  apiPort = Number(new URL(api.url).port);
}

// Management API answers, read by field (`.id`, `.key`) as the fixture's `call` does.
type Body = Record<string, string>;

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: Body }> {
  const res = await fetch(api.url + path, {
    method,
    headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text === '' ? undefined : JSON.parse(text) };
}

async function ok(method: string, path: string, body?: unknown): Promise<Body> {
  const res = await call(method, path, body);
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

const FLAG = '/api/v1/projects/demo/flags/new-dashboard';
const flagActions = (actions: unknown[]) => ok('PATCH', `${FLAG}/environments/staging`, { actions });

beforeAll(async () => {
  Object.assign(process.env, tunables);
  dist = mkdtempSync(join(tmpdir(), 'ff-dashboard-'));
  const [db] = await Promise.all([
    createTestDb(),
    build({ configFile: join(example, 'vite.config.ts'), build: { outDir: dist }, logLevel: 'error' }),
  ]);
  testDb = db;
  owner = (await seedFixtureData(testDb.db)).tokens.owner;
  await startApi();
  // The persona's flag: client-side, on in staging, serving true to user-ada and false to everyone else.
  await ok('POST', '/api/v1/projects/demo/flags', {
    key: 'new-dashboard',
    name: 'New dashboard',
    kind: 'boolean',
    clientSide: true,
    defaults: { onVariation: 1, offVariation: 1 },
  });
  await flagActions([{ kind: 'addTargets', variation: 0, values: ['user-ada'] }, { kind: 'turnOn' }]);
  const keys = '/api/v1/projects/demo/environments/staging/sdk-keys';
  const clientKey = await ok('POST', keys, { kind: 'client', name: 'dashboard page' });
  clientKeyId = clientKey.id!;
  const serverKey = await ok('POST', keys, { kind: 'server', name: 'dashboard page server' });
  serverSdk = createServerClient({ sdkKey: serverKey.key!, baseUrl: api.url, sendEvents: false });
  expect((await serverSdk.ready({ timeout: WAIT })).ok).toBe(true);
  pages = await startExampleServer({
    dist,
    apiUrl: api.url,
    clientKey: clientKey.key!,
    bootstrap: (userId) => serverSdk.allFlags({ key: userId }),
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await pages?.close();
  await serverSdk?.close();
  await api?.close(2000);
  await testDb?.destroy();
  if (dist) rmSync(dist, { recursive: true, force: true });
  for (const k of Object.keys(tunables)) delete process.env[k];
}, 60_000);

// What runs in the page is given as source text: the repository type-checks without the DOM library.

/** Records every state of the dashboard the page's DOM goes through, from before the app's first render. */
const WATCH_DASHBOARD = `
  window.__seen = [];
  new MutationObserver(() => {
    const shown = document.querySelector('[data-testid=dashboard]')?.getAttribute('data-dashboard');
    if (shown && window.__seen[window.__seen.length - 1] !== shown) window.__seen.push(shown);
  }).observe(document, { subtree: true, childList: true, attributes: true });`;

const watchDashboard = (context: BrowserContext) => context.addInitScript({ content: WATCH_DASHBOARD });
const seen = (page: Page) => page.evaluate<string[]>('window.__seen');
const dashboard = (page: Page, which: 'new' | 'old') =>
  page.waitForSelector(`[data-dashboard=${which}]`, { timeout: WAIT });
const shows = (page: Page, testId: string, text: string) =>
  page.waitForFunction(
    `document.querySelector('[data-testid=${testId}]')?.textContent === ${JSON.stringify(text)}`,
    undefined,
    { timeout: WAIT },
  );
const status = (page: Page, text: string) => shows(page, 'status', text);

describe('the React dashboard in Chromium against the API on another origin', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    expect(new URL(pages.url).origin).not.toBe(new URL(api.url).origin);
    context = await browser.newContext();
    await watchDashboard(context);
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it('paints the bootstrap values first: the new dashboard, never the old one before it', async () => {
    await page.goto(`${pages.url}/?user=user-ada`);
    await status(page, 'ready');
    expect(await seen(page)).toEqual(['new']);
  });

  it('without bootstrap or cache, paints the default first (the flicker the bootstrap prevents)', async () => {
    const fresh = await browser.newContext();
    try {
      await watchDashboard(fresh);
      const other = await fresh.newPage();
      await other.goto(`${pages.url}/?user=user-ada&bootstrap=0`);
      await dashboard(other, 'new');
      expect(await seen(other)).toEqual(['old', 'new']);
    } finally {
      await fresh.close();
    }
  });

  it('shows a flag turned off, and on again, without a reload', async () => {
    await page.evaluate('window.__sameDocument = true');
    await flagActions([{ kind: 'turnOff' }]);
    await dashboard(page, 'old');
    await flagActions([{ kind: 'turnOn' }]);
    await dashboard(page, 'new');
    expect(await page.evaluate('window.__sameDocument')).toBe(true);
    expect(await seen(page)).toEqual(['new', 'old', 'new']);
  });

  it('identify switches users: user-bob gets his own value, user-ada hers back', async () => {
    await page.getByRole('button', { name: 'Switch user' }).click();
    await shows(page, 'user', 'user-bob');
    await dashboard(page, 'old');
    await page.getByRole('button', { name: 'Switch user' }).click();
    await dashboard(page, 'new');
    expect(await seen(page)).toEqual(['new', 'old', 'new', 'old', 'new']);
  });

  it('a tracked event reaches the database although the page is left right after', async () => {
    await page.getByRole('button', { name: 'Try it' }).click();
    // Leaving at once: the SDK sends on pagehide (keepalive), not on its 10 s timer.
    await page.goto(`${pages.url}/away`);
    const sink = eventSink(testDb.db, logger);
    const deadline = Date.now() + WAIT;
    let rows: { context_key: string; value: unknown }[] = [];
    while (rows.length === 0 && Date.now() < deadline) {
      await sink.drain();
      rows = await testDb.db('sdk_events').where({ name: 'dashboard-cta' }).select();
      if (rows.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ context_key: 'user-ada' });
    expect(Number(rows[0]!.value)).toBe(1);
  });

  it('a visitor served a running experiment on the flag is recorded as one exposure', async () => {
    // Control is new-dashboard's variation 0 (true); the split sends nearly everyone to variation 1
    // (false), which is what the visitor was shown before, so the page looks the same. The page server
    // bootstraps without markers (its sdk-node sends no events): the API's value carries it.
    const variations = (await ok('GET', FLAG)).variations as unknown as { name: string }[];
    const split = { weights: [1, 999_999], allocation: 100, salt: 'experiment:dashboard-test' };
    const visitor = ['user-carol', 'user-dan', 'user-eve'].find((u) => enrolledVariant(split, u) === 1)!;
    await ok('POST', '/api/v1/projects/demo/experiments', {
      key: 'dashboard-test',
      environment: 'staging',
      flag: 'new-dashboard',
      variants: variations.map((v, i) => ({ key: v.name, weight: split.weights[i] })),
    });
    await ok('POST', '/api/v1/projects/demo/experiments/dashboard-test/transitions', { action: 'launch' });
    const visit = await browser.newContext();
    try {
      const other = await visit.newPage();
      await other.goto(`${pages.url}/?user=${visitor}`);
      await status(other, 'ready');
      await dashboard(other, 'old');
      await other.goto(`${pages.url}/away`);
      const sink = eventSink(testDb.db, logger);
      const deadline = Date.now() + WAIT;
      let rows: { unit: string; variant: number }[] = [];
      while (rows.length === 0 && Date.now() < deadline) {
        await sink.drain();
        rows = await testDb.db('experiment_exposures').select('unit', 'variant');
        if (rows.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(rows).toEqual([{ unit: visitor, variant: 1 }]);
    } finally {
      await visit.close();
      // The winner is what everyone not targeted was served before: the flag is as it was.
      await ok('POST', '/api/v1/projects/demo/experiments/dashboard-test/transitions', {
        action: 'stop',
        winner: variations[1]!.name,
        rollout: true,
      });
    }
  });

  it('reloaded with the API stopped, renders the values cached on the last visit', async () => {
    await api.close(2000);
    try {
      await page.goto(`${pages.url}/?user=user-ada&bootstrap=0`);
      await status(page, 'stale');
      expect(await seen(page)).toEqual(['new']);
    } finally {
      await startApi(apiPort);
    }
    // The API is back: the page reconnects by itself.
    await status(page, 'ready');
  });

  it('a revoked key leaves the page, and a reload of it, on the cached values', async () => {
    await ok('DELETE', `/api/v1/projects/demo/environments/staging/sdk-keys/${clientKeyId}`);
    await status(page, 'failed');
    expect(await page.getAttribute('[data-testid=dashboard]', 'data-dashboard')).toBe('new');
    await page.reload();
    await status(page, 'failed');
    expect(await seen(page)).toEqual(['new']);
  });
});
