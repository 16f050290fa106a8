import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.ts';
import type { TestDb } from '../../../test/db.ts';
import { startTestServer } from '../../../test/server.ts';
import type { TestServer } from '../../../test/server.ts';
import { migrateLatest, migrationConfig, migrationNames } from '../../db/migrate.ts';

describe('health endpoints', () => {
  let t: TestDb;
  let server: TestServer;
  beforeAll(async () => {
    t = await createTestDb();
    server = await startTestServer({ testDb: t });
  });
  afterAll(async () => {
    await server?.close();
    await t?.destroy();
  });

  it('GET /healthz answers 200 without touching the database', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz is 200 when the schema is current', async () => {
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('GET /readyz is a 503 problem while a migration is pending, and recovers', async () => {
    await t.db.migrate.down(migrationConfig);
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as { detail: string };
    expect(body).toMatchObject({ status: 503, title: 'Service unavailable' });
    expect(body.detail).toContain(`migrations pending: ${migrationNames.at(-1)}`);

    await migrateLatest(t.db);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});
