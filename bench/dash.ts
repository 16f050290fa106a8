// bench:dash (issue 17 #6): the dashboard with 5,000 flags × 3 environments. Prints
//   - the API's answer time for everything the dashboard reads (loadSnapshot: 10 list pages of flags
//     with their configurations, environments, segments, audit, members),
//   - the time from that answer to the first screen with data (reduce + Ink's first frame written),
//   - keypress → redraw (interpret + reduce + Ink rerender, frame written), p50/p99 over 200 presses
//     of ↓ and a filter keystroke,
//   - the dashboard's heap (snapshot + screen, after GC) and the process RSS (which includes this
//     in-process API and its embedded database).
// The API runs in this process on in-memory PGlite (or DATABASE_URL's server in a scratch database is not
// supported here: PGlite only), seeded with SQL, as bench:change does. Figures, not pass/fail.
import './react-production.ts';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { Writable } from 'node:stream';
import { render } from 'ink';
import { createClient } from '@ff/client';
import { createApp } from '../api/src/app.ts';
import { createDb } from '../api/src/db/knex.ts';
import type { Db } from '../api/src/db/knex.ts';
import { migrateLatest } from '../api/src/db/migrate.ts';
import { createLogger } from '../api/src/logger.ts';
import { seedDemo } from '../api/src/seed/seed.ts';
import { listen } from '../api/src/server.ts';
import { Screen } from '../cli/src/tui/components/screen.ts';
import { themeFor } from '../cli/src/tui/components/theme.ts';
import { loadSnapshot } from '../cli/src/tui/data/loader.ts';
import { h } from '../cli/src/tui/h.ts';
import { interpret } from '../cli/src/tui/state/keys.ts';
import { initialState, reduce } from '../cli/src/tui/state/reducer.ts';
import type { AppState } from '../cli/src/tui/state/reducer.ts';

const FLAGS = 5_000;
const ENVS = ['development', 'staging', 'production'];
const token = `ff_pat_${randomBytes(32).toString('base64url')}`;
const load = () => loadavg()[0]!.toFixed(2);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const pct = (s: number[], p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;

/** Project `big`: 3 environments, FLAGS boolean flags; each third is on, each seventh rolls out 25%. */
async function seed(db: Db): Promise<void> {
  const org = (await db('organizations').first('id')) as { id: string };
  const [project] = (await db('projects')
    .insert({ organization_id: org.id, key: 'big', name: 'Big' })
    .returning('id')) as { id: string }[];
  const envIds: string[] = [];
  for (const [i, key] of ENVS.entries()) {
    const [e] = (await db('environments')
      .insert({ project_id: project!.id, key, name: key, protected: key === 'production', sort_order: i })
      .returning('id')) as { id: string }[];
    envIds.push(e!.id);
  }
  await db.raw(
    `insert into flags (project_id, key, name, kind, variations, tags)
     select ?, 'flag-' || lpad(g::text, 5, '0'), 'Flag ' || g, 'boolean',
       '[{"name":"on","value":true},{"name":"off","value":false}]'::jsonb,
       array['team-' || (g % 12)]
     from generate_series(0, ? - 1) g`,
    [project!.id, FLAGS],
  );
  for (const envId of envIds) {
    await db.raw(
      `insert into flag_configs (flag_id, environment_id, config)
       select f.id, ?, jsonb_build_object(
         'on', n % 3 = 0, 'offVariation', 1, 'targets', '[]'::jsonb, 'prerequisites', '[]'::jsonb, 'rules', '[]'::jsonb,
         'fallthrough', case when n % 7 = 0
           then '{"rollout":{"bucketBy":"key","weights":[{"variation":0,"weight":25000},{"variation":1,"weight":75000}]}}'::jsonb
           else '{"variation":0}'::jsonb end)
       from (select id, substring(key from 6)::int as n from flags where project_id = ?) f`,
      [envId, project!.id],
    );
  }
}

/** A terminal-sized sink for Ink's frames; `frames` counts writes. */
class FakeTerminal extends Writable {
  columns = 120;
  rows = 40;
  isTTY = true;
  frames = 0;
  last = '';
  override _write(chunk: Buffer | string, _enc: string, done: () => void): void {
    this.frames++;
    this.last = chunk.toString();
    done();
  }
}

async function main(): Promise<void> {
  const db = createDb({ dataDir: 'memory://' });
  const logger = createLogger({ level: 'silent' });
  const t0 = performance.now();
  await migrateLatest(db);
  await seedDemo(db, { bootstrapToken: token });
  await seed(db);
  console.log(
    `seeded ${FLAGS} flags × ${ENVS.length} environments in ${((performance.now() - t0) / 1000).toFixed(1)} s (load ${load()})`,
  );
  const running = await listen(createApp({ db, logger }), { port: 0, host: '127.0.0.1', logger });
  try {
    const api = createClient({ baseUrl: running.url, token });
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;

    const asked = performance.now();
    const data = await loadSnapshot(api, 'big');
    const answered = performance.now();
    const firstCpu = process.cpuUsage();

    const terminal = new FakeTerminal();
    let state: AppState = initialState({
      profile: 'bench',
      project: 'big',
      env: 'production',
      width: terminal.columns,
      height: terminal.rows,
    });
    state = reduce(state, { type: 'loaded', data });
    state = reduce(state, { type: 'connection', state: 'live' });
    const theme = themeFor(false);
    // debug: every render writes its frame at once (no frame-rate throttle), so a write marks a drawn frame.
    const ink = render(h(Screen, { state, theme }), {
      stdout: terminal as unknown as NodeJS.WriteStream,
      debug: true,
      patchConsole: false,
      exitOnCtrlC: false,
    });
    const firstScreen = performance.now();
    const firstUsed = process.cpuUsage(firstCpu);
    if (!terminal.last.includes('flag-00000')) throw new Error('the first frame has no flags');

    const redraw: number[] = [];
    // CPU time too: on a machine whose run queue is many times its cores, wall time mostly measures waiting.
    const redrawCpu: number[] = [];
    const press = (input: string, key = {}) => {
      const framesBefore = terminal.frames;
      const cpu = process.cpuUsage();
      const t = performance.now();
      const out = interpret(state, input, key);
      for (const a of out.actions) state = reduce(state, a);
      ink.rerender(h(Screen, { state, theme }));
      if (terminal.frames === framesBefore) throw new Error('no frame after a key');
      redraw.push(performance.now() - t);
      const used = process.cpuUsage(cpu);
      redrawCpu.push((used.user + used.system) / 1000);
    };
    for (let i = 0; i < 150; i++) press('', { downArrow: true });
    press('/');
    for (const c of 'flag-04') press(c);
    press('', { escape: true });
    for (let i = 0; i < 40; i++) press('', { pageDown: true });
    global.gc?.();
    const heapAfter = process.memoryUsage().heapUsed;
    ink.unmount();

    const s = [...redraw].sort((a, b) => a - b);
    const c = [...redrawCpu].sort((a, b) => a - b);
    console.log(
      `API answers everything the dashboard reads (${data.flags.length} flags)   ${ms(answered - asked)}`,
    );
    console.log(
      `first screen with data after the API answered               ${ms(firstScreen - answered)}  (CPU ${ms((firstUsed.user + firstUsed.system) / 1000)})`,
    );
    console.log(
      `keypress → redraw (n=${s.length})                              p50 ${ms(pct(s, 50))}  p99 ${ms(pct(s, 99))}  max ${ms(s.at(-1)!)}`,
    );
    console.log(
      `keypress → redraw, CPU time of this process                 p50 ${ms(pct(c, 50))}  p99 ${ms(pct(c, 99))}`,
    );
    console.log(
      `dashboard heap (snapshot + screen${global.gc ? ', after GC' : ', no --expose-gc'})               ${mb(heapAfter - heapBefore)}   process RSS ${mb(process.memoryUsage().rss)} (includes this in-process API and PGlite)`,
    );
    console.log(`(load ${load()})`);
  } finally {
    await running.close(2000);
    await db.destroy();
  }
}

await main();
