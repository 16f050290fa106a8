// npm run bench:api — load on the SDK endpoints of a real API: POST /sdk/v1/evaluate, the OFREP
// single-flag endpoint and GET /sdk/v1/config answered 304. It starts the API itself (npm start's entry,
// in its own process, on in-memory PGlite with the demo seed), makes a server and a client key, and
// drives each endpoint with autocannon: 50 connections, 15 s, loopback. It prints numbers; it never fails.
//   FF_BENCH_SECONDS=5 shortens each run; FF_BENCH_CONNECTIONS changes the connection count.
import autocannon from 'autocannon';
import { startLocalApi } from './local-api.ts';

const seconds = Number(process.env.FF_BENCH_SECONDS ?? 15);
const connections = Number(process.env.FF_BENCH_CONNECTIONS ?? 50);
// One key makes every request here: the limiter counts them (its cost is in the numbers) but, with these
// limits, never refuses one. FF_BENCH_RATE_LIMIT=0 measures without it.
const { base, token, ready, stop } = startLocalApi({
  FF_RATE_LIMIT_SERVER_SDK: process.env.FF_BENCH_RATE_LIMIT ?? '1000000000',
  FF_RATE_LIMIT_CLIENT_SDK: process.env.FF_BENCH_RATE_LIMIT ?? '1000000000',
});

async function createKey(kind: 'server' | 'client'): Promise<string> {
  const res = await fetch(`${base}/api/v1/projects/demo/environments/staging/sdk-keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ kind, name: `bench ${kind}` }),
  });
  if (res.status !== 201) throw new Error(`creating a ${kind} key: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { key: string }).key;
}

interface Scenario {
  name: string;
  aim?: string;
  request: { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string };
  expect: number;
}

async function run(s: Scenario): Promise<void> {
  // A short warm-up so the JIT and the caches are hot before the timed run.
  await autocannon({ url: base + s.request.path, connections, duration: 2, ...s.request });
  const result = await autocannon({
    url: base + s.request.path,
    connections,
    duration: seconds,
    ...s.request,
  });
  const wrong = result.non2xx - (s.expect === 304 ? (result.statusCodeStats['304']?.count ?? 0) : 0);
  console.log(
    `${s.name.padEnd(34)} ${Math.round(result.requests.average).toString().padStart(7)} req/s   ` +
      `p50 ${String(result.latency.p50).padStart(3)} ms   p99 ${String(result.latency.p99).padStart(3)} ms` +
      `   (${result.requests.total} requests, ${result.errors + result.timeouts} errors, ${wrong} unexpected statuses)` +
      (s.aim ? `   aim: ${s.aim}` : ''),
  );
}

try {
  await ready();
  const server = await createKey('server');
  const client = await createKey('client');
  const config = await fetch(`${base}/sdk/v1/config`, { headers: { authorization: `Bearer ${server}` } });
  const etag = config.headers.get('etag')!;
  const context = JSON.stringify({ context: { key: 'user-ada', email: 'ada@example.com', plan: 'pro' } });
  const json = { 'content-type': 'application/json' };

  console.log(`bench:api — ${connections} connections, ${seconds} s per endpoint, loopback, PGlite`);
  await run({
    name: 'GET /sdk/v1/config (304)',
    aim: '> 15,000 req/s',
    expect: 304,
    request: {
      method: 'GET',
      path: '/sdk/v1/config',
      headers: { authorization: `Bearer ${server}`, 'if-none-match': etag },
    },
  });
  await run({
    name: 'POST /sdk/v1/evaluate',
    aim: '> 8,000 req/s, p99 < 15 ms',
    expect: 200,
    request: {
      method: 'POST',
      path: '/sdk/v1/evaluate',
      headers: { authorization: `Bearer ${client}`, ...json },
      body: context,
    },
  });
  await run({
    name: 'POST /ofrep/v1/evaluate/flags/{key}',
    expect: 200,
    request: {
      method: 'POST',
      path: '/ofrep/v1/evaluate/flags/max-cart-items',
      headers: { authorization: `Bearer ${server}`, ...json },
      body: JSON.stringify({ context: { targetingKey: 'user-ada', plan: 'pro' } }),
    },
  });
} finally {
  stop();
}
