// ff webhooks create|list|test|deliveries against a real API and a real receiver.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../api/test/api-fixture.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { verify } from '../../api/src/modules/webhooks/signature.ts';
import { ff, tempConfigDir } from './harness.ts';

let fx: ApiFixture;
let env: Record<string, string>;
let server: http.Server;
let url: string;
let status = 200;
const received: { signature: string; body: string }[] = [];

beforeAll(async () => {
  // The receiver is on 127.0.0.1: this API allows private webhook targets (FF_WEBHOOK_ALLOW_PRIVATE=1).
  fx = await startApiFixture({ app: { backgroundWorkers: [], webhookTargets: { allowPrivate: true } } });
  env = { FF_CONFIG_DIR: tempConfigDir(), FF_API_URL: fx.url, FF_TOKEN: fx.tokens.owner, FF_PROJECT: 'demo' };
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ signature: String(req.headers['ff-signature']), body });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ff`;
}, 120_000);
afterAll(async () => {
  server?.close();
  await fx?.close();
});

describe('ff webhooks', () => {
  it('creates (secret shown once), lists, pings and shows deliveries', async () => {
    const created = await ff(['webhooks', 'create', 'bot', url, '--events', 'flag.changed,flag.killed'], env);
    expect(created.code, created.stderr).toBe(0);
    const secret = /signing secret \(shown once\): (\S+)/.exec(created.stdout)![1]!;

    const list = await ff(['webhooks', 'list'], env);
    expect(list.stdout).toContain('flag.changed,flag.killed');
    expect(list.stdout).not.toContain(secret);

    const ping = await ff(['webhooks', 'test', 'bot'], env);
    expect(ping.code, ping.stderr).toBe(0);
    expect(ping.stdout).toMatch(/ping ping-[0-9a-f]+ → HTTP 200 in \d+ ms: delivered/);
    expect(verify(secret, received[0]!.signature, received[0]!.body)).toBe(true);

    const log = await ff(['webhooks', 'deliveries', 'bot', '--json'], env);
    expect(log.json[0]).toMatchObject({ event: 'ping', status: 'delivered', lastStatusCode: 200 });

    status = 500;
    const refused = await ff(['webhooks', 'test', 'bot'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/did not accept the ping \(HTTP 500\)/);

    const again = await ff(['webhooks', 'deliveries', 'bot', '--redeliver', log.json[0].id], env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/queued \(redelivery of \d+, event ping-/);
  });
});
