// Bodies are bounded before anything walks them: by size per kind of route (413), by nesting depth for
// every JSON body (422, rule nesting-depth), and by the engine's context depth on every route that takes
// a context. Issue 10: a 20 kB body nested 10,000 deep overflowed a recursive walk (500), and a few of
// them grew the process by about a gigabyte; a client SDK key, public in every browser, was enough.
import { MAX_CONTEXT_DEPTH, MAX_JSON_DEPTH } from '@ff/engine';
import { Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationId } from '../generated/operations.ts';
import { createLogger } from '../logger.ts';
import { operationFor, seedFixtureData } from '../../test/api-fixture.ts';
import type { FixtureData } from '../../test/api-fixture.ts';
import { validateResponse } from '../../test/contract.ts';
import { startTestServer } from '../../test/server.ts';
import type { TestServer } from '../../test/server.ts';
import { defaultBodyLimits, maxBodyDepth } from './body.ts';

const logged: { level: number; msg: string }[] = [];
const logger = createLogger({
  level: 'info',
  destination: new Writable({
    write(chunk, _enc, cb) {
      logged.push(JSON.parse(String(chunk)) as { level: number; msg: string });
      cb();
    },
  }),
});

let server: TestServer;
let fixture: FixtureData;
const keys = { server: '', client: '' };

interface Answer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Sends `text` as JSON with `credential`; every answer of a spec operation is checked against the spec. */
async function send(method: string, path: string, credential: string, text?: string): Promise<Answer> {
  const res = await fetch(server.url + path, {
    method,
    headers: { authorization: `Bearer ${credential}`, 'content-type': 'application/json' },
    body: text,
  });
  const raw = await res.text();
  const body: unknown = raw === '' ? raw : JSON.parse(raw);
  const op = operationFor(method, path);
  if (op) {
    const issues = validateResponse(op.operationId as OperationId, res.status, res.headers, body);
    expect(issues, `${method} ${path} → ${res.status}: ${raw.slice(0, 300)}`).toEqual([]);
  }
  return { status: res.status, body };
}

beforeAll(async () => {
  server = await startTestServer({ logger });
  fixture = await seedFixtureData(server.db);
  for (const kind of ['server', 'client'] as const) {
    const res = await send(
      'POST',
      '/api/v1/projects/demo/environments/development/sdk-keys',
      fixture.tokens.owner,
      JSON.stringify({ kind, name: kind }),
    );
    keys[kind] = res.body.key;
  }
}, 60_000);
afterAll(() => server?.close());

const arrays = (n: number, inner = '1') => '['.repeat(n) + inner + ']'.repeat(n);
const objects = (n: number, inner = '1') => '{"a":'.repeat(n) + inner + '}'.repeat(n);

// The heap after a full collection, so garbage does not count as growth.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const heapUsed = () => {
  collect();
  return process.memoryUsage().heapUsed;
};

describe('nesting depth', () => {
  it('refuses bodies nested 10,000 deep on every kind of route, 20 times over, without 5xx or growth', async () => {
    const routes: [string, string, () => string, (nested: string) => string][] = [
      ['POST', '/sdk/v1/evaluate', () => keys.client, (d) => `{"context":{"key":"k","x":${d}}}`],
      ['POST', '/ofrep/v1/evaluate/flags', () => keys.client, (d) => `{"context":{"x":${d}}}`],
      ['POST', '/ofrep/v1/evaluate/flags/new-checkout', () => keys.server, (d) => `{"context":${d}}`],
      ['POST', '/sdk/v1/events', () => keys.server, (d) => `{"events":${d}}`],
      [
        'POST',
        '/api/v1/projects/demo/flags',
        () => fixture.tokens.owner,
        (d) =>
          `{"key":"deep","name":"d","kind":"json","variations":[{"name":"a","value":${d}},{"name":"b","value":1}]}`,
      ],
    ];
    const before = heapUsed();
    for (let i = 0; i < 20; i++) {
      const [method, path, credential, wrap] = routes[i % routes.length]!;
      const nested = i % 2 === 0 ? arrays(10_000) : objects(10_000);
      const res = await send(method, path, credential(), wrap(nested));
      if (path.startsWith('/ofrep/')) {
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject({
          errorCode: 'PARSE_ERROR',
          errorDetails: expect.stringMatching(/80/),
        });
      } else {
        expect(res.status, JSON.stringify(res.body)).toBe(422);
        expect(res.body.errors).toEqual([
          {
            path: 'body',
            message: `nests objects and arrays more than ${maxBodyDepth} levels deep`,
            rule: 'nesting-depth',
          },
        ]);
      }
    }
    // Each body is 20–50 kB: a walk quadratic in its depth would hold hundreds of megabytes.
    expect(heapUsed() - before).toBeLessThan(16 * 1024 * 1024);
    expect(logged.filter((l) => l.level > 30)).toEqual([]);
  });

  it('takes a flag value as deep as the engine allows, and names the rule just beyond', async () => {
    const flag = (key: string, depth: number) =>
      send(
        'POST',
        '/api/v1/projects/demo/flags',
        fixture.tokens.owner,
        `{"key":"${key}","name":"n","kind":"json","variations":[{"name":"a","value":${arrays(depth)}},{"name":"b","value":1}]}`,
      );
    expect((await flag('deep-ok', MAX_JSON_DEPTH)).status).toBe(201);
    const tooDeep = await flag('deep-value', MAX_JSON_DEPTH + 1);
    expect(tooDeep.status).toBe(422);
    expect(tooDeep.body.errors[0]).toMatchObject({ rule: 'flag-model' });
    const beyond = await flag('deep-body', maxBodyDepth);
    expect(beyond.status).toBe(422);
    expect(beyond.body.errors[0]).toMatchObject({ path: 'body', rule: 'nesting-depth' });
  });

  it("bounds a context to the engine's MAX_CONTEXT_DEPTH on every route that takes one", async () => {
    // The context object is one level: its attribute holds the rest.
    const context = (depth: number) => `{"key":"k","x":${arrays(depth - 1)}}`;
    expect(
      (await send('POST', '/sdk/v1/evaluate', keys.client, `{"context":${context(MAX_CONTEXT_DEPTH)}}`))
        .status,
    ).toBe(200);
    const evaluate = await send(
      'POST',
      '/sdk/v1/evaluate',
      keys.client,
      `{"context":${context(MAX_CONTEXT_DEPTH + 1)}}`,
    );
    expect(evaluate.status).toBe(422);
    expect(evaluate.body.errors).toEqual([
      {
        path: 'body.context',
        message: `nests objects and arrays more than ${MAX_CONTEXT_DEPTH} levels deep`,
        rule: 'nesting-depth',
      },
    ]);

    for (const path of ['/ofrep/v1/evaluate/flags', '/ofrep/v1/evaluate/flags/new-checkout']) {
      const ok = await send('POST', path, keys.server, `{"context":${context(MAX_CONTEXT_DEPTH)}}`);
      expect(ok.status).toBe(200);
      const ofrep = await send('POST', path, keys.server, `{"context":${context(MAX_CONTEXT_DEPTH + 1)}}`);
      expect(ofrep.status).toBe(400);
      expect(ofrep.body.errorCode).toBe('INVALID_CONTEXT');
    }

    const encoded = Buffer.from(context(MAX_CONTEXT_DEPTH + 1)).toString('base64url');
    const stream = await send('GET', `/sdk/v1/stream?context=${encoded}`, keys.client);
    expect(stream.status).toBe(400);
    expect(stream.body.errors).toEqual([
      {
        path: 'query.context',
        message: `nests objects and arrays more than ${MAX_CONTEXT_DEPTH} levels deep`,
        rule: 'nesting-depth',
      },
    ]);
  });
});

describe('size per kind of route', () => {
  const padded = (bytes: number) => `{"context":{"key":"k","pad":"${'x'.repeat(bytes)}"}}`;

  it('refuses an evaluation body over 64 KiB (413), OFREP in its own shape', async () => {
    const evaluate = await send(
      'POST',
      '/sdk/v1/evaluate',
      keys.client,
      padded(defaultBodyLimits.evaluation),
    );
    expect(evaluate.status).toBe(413);
    expect(evaluate.body.detail).toBe(`The request body exceeds ${defaultBodyLimits.evaluation} bytes.`);
    // Case and a trailing slash route the same; they get the same limit.
    expect((await send('POST', '/SDK/v1/Evaluate/', keys.client, padded(100_000))).status).toBe(413);
    const ofrep = await send('POST', '/ofrep/v1/evaluate/flags', keys.client, padded(100_000));
    expect(ofrep.status).toBe(400);
    expect(ofrep.body).toMatchObject({ errorCode: 'PARSE_ERROR' });
    expect((await send('POST', '/sdk/v1/evaluate', keys.client, padded(60_000))).status).toBe(200);
  });

  it('keeps 1 MiB for management bodies and event batches', async () => {
    const description = 'x'.repeat(200_000);
    const flag = await send(
      'POST',
      '/api/v1/projects/demo/flags',
      fixture.tokens.owner,
      JSON.stringify({ key: 'big', name: 'n', kind: 'boolean', description }),
    );
    expect(flag.status).toBe(422); // the description's own limit, not the body's
    const events = Array.from({ length: 2000 }, (_, i) => ({
      name: 'e',
      contextKey: `user-${i}`,
      timestamp: 1,
    }));
    expect((await send('POST', '/sdk/v1/events', keys.server, JSON.stringify({ events }))).status).toBe(202);
    const tooBig = await send('POST', '/api/v1/projects/demo/flags', fixture.tokens.owner, padded(1 << 20));
    expect(tooBig.status).toBe(413);
  });
});
