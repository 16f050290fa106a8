// bench:sdk — ns per `client.isEnabled` through @ff/sdk-node's public client, next to the bare engine on
// the same ruleset and contexts (bench/scenarios.ts, shared with bench:engine). Prints numbers; it never
// passes or fails. The aim: the client within 1.2× of the engine.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { compileRuleset } from '@ff/engine';
import { createClient } from '@ff/sdk-node';
import type { Client, FetchLike } from '@ff/sdk-node';
import { formatNs, measure } from './measure.ts';
import type { Measurement } from './measure.ts';
import { benchRuleset, contexts, POOL, SCENARIOS } from './scenarios.ts';

const run = promisify(execFile);

const iterations = Number(process.env.BENCH_ITERATIONS ?? 1_000_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 9);
const opts = { iterations, rounds };

type Variant = 'engine' | 'offline' | 'counting';
const VARIANTS: readonly Variant[] = ['engine', 'offline', 'counting'];

// Each (variant, scenario) pair runs in a process of its own, three times, interleaved, and the median is
// kept: with one compiled ruleset and one hot flag per process, V8's type feedback inside the engine is
// neither shared between the bench's ruleset and a client's nor shaped by the scenario measured before.
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const variant = process.env.BENCH_SDK_VARIANT as Variant | undefined;
if (variant !== undefined) await child(variant, process.env.BENCH_SDK_SCENARIO!);
else await parent();

/** Evaluates one scenario with one variant and prints `{ key: nsPerOp }` as JSON. */
async function child(which: Variant, only: string): Promise<void> {
  const compiled = compileRuleset(benchRuleset);
  let client: Client | undefined;
  if (which === 'offline') client = createClient({ offline: true, bootstrap: benchRuleset });
  if (which === 'counting') {
    // Configured for a server, with evaluation summaries on (each call also bumps a counter). Its requests
    // never complete, so nothing but the counters runs while it is measured.
    const never: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(new Error('closed'))),
      );
    client = createClient({
      sdkKey: 'ff_srv_bench',
      baseUrl: 'http://127.0.0.1:9',
      fetch: never,
      bootstrap: benchRuleset,
      requestTimeout: 3_600_000,
      flushInterval: 3_600_000,
    });
  }
  await client?.ready({ timeout: 0 });
  const out: Record<string, number> = {};
  for (const { name, key } of SCENARIOS.filter((s) => s.key === only)) {
    if (client !== undefined) {
      // Sanity: the client must serve exactly what the engine does, or the comparison means nothing.
      for (const c of contexts) {
        if (client.isEnabled(key, c, false) !== compiled.evaluate(key, c, false).value)
          throw new Error(`${name}: client and engine disagree for ${JSON.stringify(c)}`);
      }
    }
    const c = client;
    const m: Measurement =
      c === undefined
        ? measure(name, (i) => compiled.evaluate(key, contexts[i & (POOL - 1)]!, false), opts)
        : measure(name, (i) => c.isEnabled(key, contexts[i & (POOL - 1)]!, false), opts);
    out[key] = m.nsPerOp;
  }
  console.log(JSON.stringify(out));
  // No close(): it would flush the counters to a server that never answers. The process is done.
  process.exit(0);
}

async function parent(): Promise<void> {
  const samples = new Map<string, number[]>();
  for (let r = 0; r < REPEATS; r++) {
    for (const { key } of SCENARIOS) {
      for (const v of VARIANTS) {
        const { stdout } = await run(process.execPath, [fileURLToPath(import.meta.url)], {
          env: { ...process.env, BENCH_SDK_VARIANT: v, BENCH_SDK_SCENARIO: key },
          maxBuffer: 1 << 20,
        });
        const ns = (JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, number>)[key]!;
        samples.set(`${v}:${key}`, [...(samples.get(`${v}:${key}`) ?? []), ns]);
      }
    }
  }
  const median = (v: Variant, key: string) => {
    const sorted = [...samples.get(`${v}:${key}`)!].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
  };
  const results = Object.fromEntries(
    VARIANTS.map((v) => [v, Object.fromEntries(SCENARIOS.map(({ key }) => [key, median(v, key)]))]),
  ) as Record<Variant, Record<string, number>>;
  console.log(
    `bench:sdk — Node ${process.version}, ${iterations.toLocaleString('en-US')} calls × ${rounds} rounds, median of rounds, median of ${REPEATS} processes per cell`,
  );
  console.log('engine: compiled.evaluate(key, ctx, false); clients: client.isEnabled(key, ctx, false)');
  console.log('');
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(
    `${pad('scenario', 60)} ${pad('engine', 10)} ${pad('offline', 10)} ${pad('ratio', 7)} ${pad('+summaries', 11)} ratio`,
  );
  for (const { name, key } of SCENARIOS) {
    const e = results.engine[key]!;
    const o = results.offline[key]!;
    const c = results.counting[key]!;
    console.log(
      `${pad(name, 60)} ${pad(formatNs(e), 10)} ${pad(formatNs(o), 10)} ${pad(`${(o / e).toFixed(2)}×`, 7)} ${pad(formatNs(c), 11)} ${(c / e).toFixed(2)}×`,
    );
  }
  console.log('');
  console.log(
    'offline: an offline client bootstrapped with the ruleset (the aim: within 1.2× of the engine)',
  );
  console.log('+summaries: a server-configured client that also counts each evaluation for /sdk/v1/events');
}
