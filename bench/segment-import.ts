// npm run bench:import — a CSV import of a million segment members through POST
// …/segments/{segment}/members/import, streamed as it is generated (the upload never exists whole). It
// starts the API itself (npm start's entry, in its own process, on in-memory PGlite with the demo seed)
// and prints the time and the throughput. It never fails: segment-import.http.test.ts proves that every
// line arrives and that memory stays flat; this says how fast.
//   FF_BENCH_LINES=200000 changes the number of lines.
import { Readable } from 'node:stream';
import { startLocalApi } from './local-api.ts';

const lines = Number(process.env.FF_BENCH_LINES ?? 1_000_000);
const { base, token, ready, stop } = startLocalApi();
await ready();
const segments = `${base}/api/v1/projects/demo/segments`;
const auth = { authorization: `Bearer ${token}` };
const created = await fetch(segments, {
  method: 'POST',
  headers: { ...auth, 'content-type': 'application/json' },
  body: JSON.stringify({ key: 'bench-import', name: 'Bench import' }),
});
if (created.status !== 201)
  throw new Error(`creating the segment: ${created.status} ${await created.text()}`);

let bytes = 0;
// ~64 KiB chunks, generated as the upload is sent.
function* csv(): Generator<Buffer> {
  yield Buffer.from('key\n');
  for (let i = 0; i < lines; i += 5000) {
    let text = '';
    for (let j = i; j < Math.min(lines, i + 5000); j++) text += `user-${j.toString().padStart(7, '0')}\n`;
    bytes += text.length;
    yield Buffer.from(text);
  }
}

const started = performance.now();
const res = await fetch(`${segments}/bench-import/members/import`, {
  method: 'POST',
  headers: { ...auth, 'content-type': 'text/csv' },
  body: Readable.toWeb(Readable.from(csv())) as ReadableStream<Uint8Array>,
  duplex: 'half',
} as RequestInit);
const report = (await res.json()) as { lines?: number; added?: number };
const seconds = (performance.now() - started) / 1000;
if (res.status !== 200) throw new Error(`the import answered ${res.status}: ${JSON.stringify(report)}`);

const mib = bytes / 2 ** 20;
console.log(
  `bench:import — Node ${process.version}, ${lines.toLocaleString('en-US')} lines (${mib.toFixed(1)} MiB), ` +
    `embedded PGlite in memory`,
);
console.log(
  `  ${seconds.toFixed(1)} s: ${Math.round(lines / seconds).toLocaleString('en-US')} lines/s, ` +
    `${(mib / seconds).toFixed(1)} MiB/s; ${report.added?.toLocaleString('en-US')} keys added`,
);
stop();
