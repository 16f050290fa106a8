// A configuration write loads what the change can affect, not the project (issue 11 #4): a kill switch
// in a project of hundreds of flags reads a handful of rows, while a new prerequisite still finds the
// cycles and over-deep chains it would make, through the chains below and above the flag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PREREQUISITE_DEPTH } from '@ff/engine';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';
import { configHelpers } from './test-helpers.ts';

let fx: ApiFixture;
const EXTRA = 300;
// chain-0 ← chain-1 ← … ← chain-16: chain-i names chain-(i-1) as a prerequisite in staging.
const CHAIN = MAX_PREREQUISITE_DEPTH + 1;

beforeAll(async () => {
  fx = await startApiFixture();
  const project = await fx
    .db('projects')
    .where({ organization_id: fx.organizationId, key: 'demo' })
    .first('id');
  const staging = await fx.db('environments').where({ project_id: project.id, key: 'staging' }).first('id');
  const variations = JSON.stringify([
    { name: 'on', value: true },
    { name: 'off', value: false },
  ]);
  const keys = [
    ...Array.from({ length: EXTRA }, (_, i) => `extra-${i}`),
    ...Array.from({ length: CHAIN }, (_, i) => `chain-${i}`),
    'loose',
  ];
  const rows = await fx
    .db('flags')
    .insert(keys.map((key) => ({ project_id: project.id, key, name: key, kind: 'boolean', variations })))
    .returning(['id', 'key']);
  await fx.db('flag_configs').insert(
    rows.map((r: { id: string; key: string }) => {
      const i = r.key.startsWith('chain-') ? Number(r.key.slice(6)) : 0;
      const prerequisites = i > 0 ? [{ flag: `chain-${i - 1}`, variation: 0 }] : [];
      const config = {
        on: true,
        offVariation: 1,
        prerequisites,
        targets: [],
        rules: [],
        fallthrough: { variation: 0 },
      };
      return { flag_id: r.id, environment_id: staging.id, config: JSON.stringify(config) };
    }),
  );
});
afterAll(() => fx.close());

const { change } = configHelpers(() => fx);

/** The rows the database returns to the app while `fn` runs. */
async function rowsRead(fn: () => Promise<unknown>): Promise<number> {
  let n = 0;
  const listener = (response: unknown) => {
    if (Array.isArray(response)) n += response.length;
    else if (Array.isArray((response as { rows?: unknown[] } | null)?.rows))
      n += (response as { rows: unknown[] }).rows.length;
  };
  fx.db.on('query-response', listener);
  try {
    await fn();
  } finally {
    fx.db.removeListener('query-response', listener);
  }
  return n;
}

describe('what a configuration write loads', () => {
  it('a kill switch reads a handful of rows, not every flag and configuration of the project', async () => {
    let status = 0;
    const read = await rowsRead(async () => {
      status = (await change('extra-7', 'staging', [{ kind: 'turnOff' }])).status;
    });
    expect(status).toBe(200);
    // Loading the project read every flag and every configuration of the environment (> 2 × EXTRA).
    expect(read).toBeLessThan(40);
  });

  it('adding a prerequisite reads the chain it joins, not the project', async () => {
    let status = 0;
    const read = await rowsRead(async () => {
      const actions = [{ kind: 'addPrerequisite', flag: 'chain-3', variation: 0 }];
      status = (await change('extra-8', 'staging', actions)).status;
    });
    expect(status).toBe(200);
    expect(read).toBeLessThan(60);
  });

  it('refuses a cycle through a long chain', async () => {
    const res = await change('chain-0', 'staging', [
      { kind: 'addPrerequisite', flag: `chain-${CHAIN - 2}`, variation: 0 },
    ]);
    expect(res.status).toBe(422);
    expect(res.body.errors[0].message).toContain('cycle');
  });

  it('refuses a chain made too deep below the flag', async () => {
    const res = await change('loose', 'staging', [
      { kind: 'addPrerequisite', flag: `chain-${CHAIN - 1}`, variation: 0 },
    ]);
    expect(res.status).toBe(422);
    expect(res.body.errors[0].message).toMatch(/prerequisites nest \d+ deep/);
  });

  it('refuses a chain made too deep above the flag (a flag that requires it goes too deep)', async () => {
    const res = await change('chain-0', 'staging', [
      { kind: 'addPrerequisite', flag: 'loose', variation: 0 },
    ]);
    expect(res.status).toBe(422);
    expect(res.body.errors[0].message).toMatch(/prerequisites nest \d+ deep/);
    expect(res.body.errors[0].message).toContain(`chain-${CHAIN - 1}`);
  });

  it('accepts a prerequisite that keeps every chain within the limit', async () => {
    const res = await change('loose', 'staging', [
      { kind: 'addPrerequisite', flag: `chain-${CHAIN - 2}`, variation: 0 },
    ]);
    expect(res.status).toBe(200);
  });
});
