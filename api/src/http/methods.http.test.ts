// Methods a path does not serve are the client's problem: 405 with Allow as problem+json, whatever the
// method (TRACE, PROPFIND and CONNECT included), logged as a request at info and never as a failure.
import { request } from 'node:http';
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { startTestServer } from '../../test/server.ts';
import type { TestServer } from '../../test/server.ts';

const lines: string[] = [];
let server: TestServer;
const logger = createLogger({
  level: 'trace',
  destination: new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  }),
});
beforeAll(async () => {
  server = await startTestServer({ logger });
});
afterAll(() => server?.close());

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

// fetch refuses TRACE and CONNECT, so these go through node:http.
function send(method: string, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(server.url);
    const req = request({ hostname, port, method, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    // A CONNECT answer arrives as 'connect' (the socket would be the tunnel), whatever its status.
    req.on('connect', (res, socket, head) => {
      let body = head.toString('utf8');
      socket.setEncoding('utf8');
      socket.on('data', (c: string) => (body += c));
      socket.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.end();
  });
}

describe('methods a path does not serve', () => {
  it.each([
    ['TRACE', '/healthz', ['GET', 'HEAD']],
    ['PROPFIND', '/api/v1/projects', ['GET', 'HEAD', 'POST']],
    ['DELETE', '/healthz', ['GET', 'HEAD']],
    ['PUT', '/sdk/v1/events', ['POST']],
  ])('%s %s → 405 problem with Allow', async (method, path, allowed) => {
    const res = await send(method, path);
    expect(res.status).toBe(405);
    expect(String(res.headers.allow).split(', ').sort()).toEqual(allowed);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(res.body)).toMatchObject({ status: 405, title: 'Method Not Allowed', instance: path });
  });

  it('TRACE on a path that does not exist → 404 problem', async () => {
    const res = await send('TRACE', '/no/such/path');
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body)).toMatchObject({ type: 'https://ff.dev/problems/not-found' });
  });

  it('CONNECT → 405 problem (this is no proxy)', async () => {
    const res = await send('CONNECT', 'example.com:443');
    expect(res.status).toBe(405);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(res.body)).toMatchObject({ status: 405, detail: expect.stringMatching(/not a proxy/) });
  });

  it('a method HTTP does not define → 400 from Node, before the app', async () => {
    const { port } = new URL(server.url);
    const answer = await new Promise<string>((resolve, reject) => {
      let text = '';
      const socket = connect(Number(port), '127.0.0.1', () =>
        socket.write('BREW /healthz HTTP/1.1\r\nHost: x\r\n\r\n'),
      );
      socket.setEncoding('utf8');
      socket.on('data', (c: string) => (text += c));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
  });

  it('logged every one of them as a request at info: no error, no stack trace', () => {
    const logged = lines.map((l) => JSON.parse(l) as { level: number; msg: string; status?: number });
    expect(logged.filter((l) => l.level > 30)).toEqual([]);
    expect(lines.join('')).not.toMatch(/"stack"/);
    expect(logged.filter((l) => l.msg === 'request' && l.status === 405)).toHaveLength(5);
  });
});
