// An open event stream must not hold up a graceful shutdown: on SIGTERM the API ends its streams (SDKs
// reconnect, through the load balancer, to another replica) and exits well before the 10 s deadline.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createEmptyPostgresDatabase, onRealPostgres } from '../../../test/db.ts';
import { spawnMain, waitForListening } from '../../../test/spawn.ts';
import { openSse } from '../../../test/sse-client.ts';

const owner = 'ff_pat_streams-end-on-sigterm-000000001';
const cleanup: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const fn of cleanup.reverse()) await fn();
}, 30_000);

it('ends open streams and exits promptly on SIGTERM', async () => {
  const env: Record<string, string> = { PORT: '0', FF_BOOTSTRAP_TOKEN: owner };
  if (onRealPostgres) {
    const db = await createEmptyPostgresDatabase();
    cleanup.push(() => db.drop());
    env.DATABASE_URL = db.url;
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), 'ff-shutdown-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    env.FF_DATA_DIR = dir;
  }
  const proc = spawnMain(env);
  cleanup.push(() => {
    if (proc.child.exitCode === null) proc.child.kill('SIGKILL');
  });
  // A bound on a failure only: a fresh process migrating and seeding on a loaded 2-core machine took
  // over 60 s (issue 11 #6).
  const url = await waitForListening(proc, 240_000);
  const res = await fetch(`${url}/api/v1/projects/demo/environments/production/sdk-keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'server', name: 'shutdown test' }),
  });
  const { key } = (await res.json()) as { key: string };
  const streams = await Promise.all(
    [1, 2, 3].map(() => openSse(`${url}/sdk/v1/stream`, { authorization: `Bearer ${key}` })),
  );
  for (const s of streams) expect((await s.next()).event).toBe('put');

  proc.child.kill('SIGTERM');
  await Promise.all(streams.map((s) => s.ended));
  expect(await proc.exited).toBe(0);
  // The streams did not hold the shutdown until its 10 s deadline: had they, the server would have said
  // so (it logs the deadline at warn, the level spawnMain runs at) before closing them by force.
  expect(proc.stdout() + proc.stderr()).not.toContain('shutdown deadline reached');
}, 300_000);
