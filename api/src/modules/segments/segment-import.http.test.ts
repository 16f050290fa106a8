import { request } from 'node:http';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture, Who } from '../../../test/api-fixture.ts';
import { validateResponse } from '../../../test/contract.ts';
import type * as Csv from './csv.ts';

// Full collections on demand, to tell retained memory from garbage in the large-import test.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

// The large-import test watches the server's progress from inside: the CSV reader is wrapped (batches
// pass through unchanged) to note the JS heap that survives a full collection every other batch, with
// the lines read so far. A sample taken on the client side would not follow the server: a few MiB of
// upload fit in the kernel's socket buffers before the server has read a line.
const probe = vi.hoisted(() => ({ on: false, samples: [] as { line: number; heap: number }[] }));
vi.mock('./csv.ts', async (importOriginal) => {
  const csv = await importOriginal<typeof Csv>();
  return {
    ...csv,
    async *csvKeyBatches(...args: Parameters<typeof Csv.csvKeyBatches>) {
      const progress = (args[2] ??= { lines: 0 });
      let n = 0;
      for await (const batch of csv.csvKeyBatches(...args)) {
        if (probe.on && n++ % 2 === 0) {
          gc();
          probe.samples.push({ line: progress.lines, heap: process.memoryUsage().heapUsed });
        }
        yield batch;
      }
    },
  };
});

let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture();
});
afterAll(() => fx?.close());

const base = '/api/v1/projects/demo/segments';

async function create(key: string, extra: Record<string, unknown> = {}) {
  const res = await fx.call('developer', 'POST', base, { body: { key, name: key, ...extra } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const importCsv = (segment: string, csv: string, query = '', who: Who = 'developer', type = 'text/csv') =>
  fx.call(who, 'POST', `${base}/${segment}/members/import${query}`, {
    rawBody: csv,
    headers: { 'content-type': type },
  });

async function keysOf(segment: string, list: 'included' | 'excluded'): Promise<string[]> {
  const res = await fx.call('viewer', 'GET', `${base}/${segment}/members?list=${list}&limit=500`);
  return res.body.items.map((m: { key: string }) => m.key);
}

async function audits(segment: string) {
  return fx
    .db('audit_log')
    .where({ resource_key: `projects/demo/segments/${segment}/members` })
    .orderBy('id');
}

describe('importSegmentMembers', () => {
  it('merges keys from CSV: header, CRLF, blank lines, extra and quoted columns, duplicates', async () => {
    await create('i1', { included: ['existing'] });
    const csv = 'key,name\r\nu1,Ada\r\n\r\n"a,b",quoted\r\nexisting\r\nu1\r\n  u2  \r\n';
    const res = await importCsv('i1', csv);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ list: 'included', mode: 'merge', lines: 5, added: 3, removed: 0 });
    expect(res.body.segment).toMatchObject({ key: 'i1', version: 2, includedCount: 4, excludedCount: 0 });
    expect((await keysOf('i1', 'included')).sort()).toEqual(['a,b', 'existing', 'u1', 'u2']);

    const [entry] = await audits('i1');
    expect(entry).toMatchObject({
      action: 'segment_members.import',
      resource_type: 'segment_members',
      before: { includedCount: 1, excludedCount: 0 },
      after: {
        includedCount: 4,
        import: { list: 'included', mode: 'merge', lines: 5 },
        added: { included: { count: 3 } },
      },
    });
    expect(entry.after.added.included.keys.sort()).toEqual(['a,b', 'u1', 'u2']);
  });

  it('imports into excluded, moving keys out of included', async () => {
    await create('i2', { included: ['a', 'b'] });
    const res = await importCsv('i2', 'b\nc\n', '?list=excluded');
    expect(res.body).toMatchObject({ list: 'excluded', added: 2, removed: 0 });
    expect(res.body.segment).toMatchObject({ includedCount: 1, excludedCount: 2 });
    expect(await keysOf('i2', 'included')).toEqual(['a']);
    const [entry] = await audits('i2');
    expect(entry.after.removed.included).toEqual({ count: 1, keys: ['b'] });
  });

  it('replaces a list, reporting the real differences', async () => {
    await create('i3', { included: ['a', 'b', 'c'], excluded: ['d'] });
    const res = await importCsv('i3', 'key\nb\nc\nd\ne\n', '?mode=replace');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ list: 'included', mode: 'replace', lines: 4, added: 2, removed: 1 });
    expect(await keysOf('i3', 'included')).toEqual(['b', 'c', 'd', 'e']);
    expect(await keysOf('i3', 'excluded')).toEqual([]);
    const [entry] = await audits('i3');
    expect(entry.after).toMatchObject({
      added: { included: { count: 2, keys: ['d', 'e'] } },
      removed: { included: { count: 1, keys: ['a'] }, excluded: { count: 1, keys: ['d'] } },
    });
  });

  it('rejects a bad line with 422 naming it, and stores nothing', async () => {
    const created = await create('i4', { included: ['keep'] });
    const empty = await importCsv('i4', 'key\nu1\nu2\n  ,no key\nu3\n', '?mode=replace');
    expect(empty.status).toBe(422);
    const rule = 'csv-format';
    expect(empty.body.errors).toEqual([{ path: 'body', message: 'line 4: the key is empty', rule }]);
    const nul = await importCsv('i4', 'u1\nu\u00002\n');
    expect(nul.body.errors).toEqual([{ path: 'body', message: 'line 2: the key contains U+0000', rule }]);
    const long = await importCsv('i4', `u1\n${'x'.repeat(513)}\n`);
    expect(long.body.errors[0].message).toBe('line 2: the key is longer than 512 characters');
    // Invalid UTF-8 on line 3 of a body that arrives as one chunk: line 3, not the chunk's first line.
    const latin1 = await fx.call('developer', 'POST', `${base}/i4/members/import`, {
      rawBody: Buffer.concat([Buffer.from('u1\nu2\ncaf'), Buffer.from([0xe9]), Buffer.from('\nu4\n')]),
      headers: { 'content-type': 'text/csv' },
    });
    expect(latin1.status).toBe(422);
    expect(latin1.body.errors).toEqual([{ path: 'body', message: 'line 3: not valid UTF-8', rule }]);
    expect((await fx.call('viewer', 'GET', `${base}/i4`)).body).toEqual(created);
    expect(await keysOf('i4', 'included')).toEqual(['keep']);
    expect(await audits('i4')).toHaveLength(0);
  });

  it('refuses other media types (415), a missing body (422), viewers (403) and unknown segments (404)', async () => {
    await create('i5');
    expect((await importCsv('i5', '{"keys":["a"]}', '', 'developer', 'application/json')).status).toBe(415);
    expect((await importCsv('i5', '')).status).toBe(422);
    expect((await importCsv('i5', 'a\n', '', 'viewer')).status).toBe(403);
    expect((await importCsv('nope', 'a\n')).status).toBe(404);
    expect((await importCsv('i5', 'a\n', '?mode=append')).status).toBe(400);
  });

  it('answers 422 for a bad line early in a long streamed upload, and stores nothing', async () => {
    await create('i7');
    function* csv(): Generator<Buffer> {
      yield Buffer.from('ok-1\n"unterminated\n');
      for (let i = 0; i < 200; i++) yield Buffer.from('filler\n'.repeat(5000));
    }
    const res = await fetch(`${fx.url}${base}/i7/members/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fx.tokens.developer}`, 'content-type': 'text/csv' },
      body: Readable.toWeb(Readable.from(csv())) as ReadableStream<Uint8Array>,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: unknown }).errors).toEqual([
      { path: 'body', message: 'line 2: a quoted key has no closing quote', rule: 'csv-format' },
    ]);
    expect((await fx.call('viewer', 'GET', `${base}/i7`)).body).toMatchObject({
      version: 1,
      includedCount: 0,
    });
  });

  it('answers 413 for a body declared over 100 MiB, before reading it', async () => {
    await create('i6');
    const url = new URL(`${fx.url}${base}/i6/members/import`);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${fx.tokens.developer}`,
          'content-type': 'text/csv',
          'content-length': String(200 * 1024 * 1024),
        },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', reject);
      req.write('a\nb\n');
    });
    expect(status).toBe(413);
    expect((await fx.call('viewer', 'GET', `${base}/i6`)).body.version).toBe(1);
  });

  it('streams a large import into the database without holding its lines in memory', async () => {
    await create('big');
    // Enough lines that keeping them would show far above the noise; the million-line speed is
    // bench:import's (it prints figures, it does not fail).
    const lines = 300_000;
    const perChunk = 5_000; // ~64 KiB, one insert batch
    let bytes = 0;
    function* csv(): Generator<Buffer> {
      yield Buffer.from('key\n');
      for (let i = 0; i < lines; i += perChunk) {
        let text = '';
        for (let j = i; j < Math.min(lines, i + perChunk); j++)
          text += `user-${j.toString().padStart(7, '0')}\n`;
        bytes += text.length;
        yield Buffer.from(text);
      }
    }

    probe.on = true;
    const res = await fetch(`${fx.url}${base}/big/members/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fx.tokens.developer}`, 'content-type': 'text/csv' },
      body: Readable.toWeb(Readable.from(csv())) as ReadableStream<Uint8Array>,
      duplex: 'half',
    } as RequestInit);
    const body = await res.json();
    probe.on = false;

    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(validateResponse('importSegmentMembers', res.status, res.headers, body)).toEqual([]);
    expect(body).toMatchObject({ lines, added: lines, removed: 0, segment: { includedCount: lines } });
    expect(bytes).toBe(lines * 13);

    // Growth from the second quarter of the import to the last: constant costs (the first batch, the
    // audit's first 1,000 keys, compiled code) are paid by then; anything kept per line keeps growing.
    // Each key held as a string alone retains 24 bytes or more (V8's 12-byte header plus 12 characters),
    // so half of that, over the quarter of the lines between the windows, is the bound (samples taken
    // after a full collection vary by a few hundred KiB; keeping the keys would add over 1.7 MiB).
    const heapIn = (from: number, to: number) =>
      probe.samples.filter((s) => s.line >= from * lines && s.line < to * lines).map((s) => s.heap);
    expect(heapIn(0.25, 0.5).length).toBeGreaterThan(0);
    expect(heapIn(0.75, 1).length).toBeGreaterThan(0);
    const growth = Math.min(...heapIn(0.75, 1)) - Math.max(...heapIn(0.25, 0.5));
    const mib = (n: number) => (n / 2 ** 20).toFixed(2);
    console.log(
      `import of ${lines} lines: retained JS heap grew ${mib(growth)} MiB between the second and last ` +
        `quarters (holding each key would add over ${mib(lines * 0.25 * 24)} MiB)`,
    );
    expect(growth).toBeLessThan((lines * 0.25 * 24) / 2);

    const [entry] = await audits('big');
    expect(entry.after.added.included.count).toBe(lines);
    expect(entry.after.added.included.keys).toHaveLength(1000);
    const page = await fx.call('viewer', 'GET', `${base}/big/members?limit=2`);
    expect(page.body.items.map((m: { key: string }) => m.key)).toEqual(['user-0000000', 'user-0000001']);
  }, 180_000); // the time a busy machine needs, not a limit on the import's speed
});
