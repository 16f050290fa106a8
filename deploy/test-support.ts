// What the deployment tests share: a database of their own, free ports, and a replica's request counts.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import pg from 'pg';

/** The machine's PostgreSQL (CI starts it; trust authentication for local connections). */
export const machinePostgres = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * A fresh, empty database on DATABASE_URL's server or, without it, the machine's: these tests run the
 * compose file's Postgres, which PGlite cannot stand in for, on both of CI's runs.
 */
export async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const server = process.env.DATABASE_URL || machinePostgres;
  const name = `ff_deploy_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect().catch((err: Error) => {
      throw new Error(`cannot reach PostgreSQL at ${new URL(server).host} (${err.message})`, { cause: err });
    });
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create database "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists "${name}" with (force)`) };
}

/** A port nothing listens on right now (the OS's choice for port 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The sum of a replica's `http_requests_total` (GET /metrics) over the series whose labels include all
 * of `labels`: how many such requests it has finished.
 */
export async function requestCount(baseUrl: string, labels: Record<string, string>): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  let total = 0;
  for (const m of text.matchAll(/^http_requests_total\{([^}]*)\} (\S+)$/gm)) {
    const have = Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1], l[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) total += Number(m[2]);
  }
  return total;
}
