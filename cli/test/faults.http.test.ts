// Faults the real API cannot produce on demand: the server is down (nock), a proxy's HTML error page
// (nock), or a server that accepts the connection and never answers (a real socket: nock's delays do not
// trigger socket timeouts). Each must be one line on stderr and exit 1, never a stack trace.
import { createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ff, tempConfigDir } from './harness.ts';

const url = 'http://ff.invalid:4242';
let env: Record<string, string>;

beforeAll(() => {
  nock.disableNetConnect();
  env = { FF_CONFIG_DIR: tempConfigDir(), FF_API_URL: url, FF_TOKEN: 'ff_pat_test', FF_PROJECT: 'demo' };
});
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('faults', () => {
  it('API down: "cannot reach … is ff running?", exit 1', async () => {
    nock(url)
      .get('/api/v1/projects/demo/flags')
      .query(true)
      .replyWithError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    const r = await ff(['flags', 'list'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `ff: cannot reach ${url}: is ff running? (ECONNREFUSED) (hint: start it with \`npm start\`, or point at another server with --api-url / FF_API_URL)\n`,
    );
  });

  it('timeout: one line naming the server, exit 1', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    nock.enableNetConnect('127.0.0.1');
    try {
      const r = await ff(['whoami'], { ...env, FF_API_URL: silentUrl, FF_TIMEOUT_MS: '300' });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`ff: ${silentUrl} did not answer in time`);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
      nock.disableNetConnect();
    }
  });

  it('a non-problem 502 from a proxy is still one line with the status', async () => {
    nock(url).get('/api/v1/me').reply(502, '<html>bad gateway</html>', { 'content-type': 'text/html' });
    const r = await ff(['whoami'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ff: .*HTTP 502.*hint: a server error/);
  });
});
