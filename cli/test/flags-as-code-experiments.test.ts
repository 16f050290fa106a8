// Experiments in flags.yaml, pure: export → plan is a no-op, lifecycle changes are planned as the
// API's transitions in order, and what no transition takes (a stopped experiment running again) is a
// plan error naming its path on one line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Experiment } from '@ff/client';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { computePlan } from '../src/flags-as-code/diff.ts';
import type { Change } from '../src/flags-as-code/diff.ts';
import {
  FlagsFileError,
  parseFlagsFile,
  stringifyFlagsFile,
  validateFlagsFile,
} from '../src/flags-as-code/format.ts';
import { toFlagsFile } from '../src/flags-as-code/remote.ts';
import type { RemoteState } from '../src/flags-as-code/remote.ts';
import { renderPlan } from '../src/flags-as-code/render.ts';
import { cliRoot } from './harness.ts';

const at = '2026-01-01T00:00:00.000Z';

function experiment(extra: Partial<Experiment> = {}): Experiment {
  return {
    key: 'checkout-redesign',
    name: 'Checkout redesign',
    hypothesis: 'fees upfront sell more',
    description: '',
    environment: 'dev',
    flag: 'checkout-redesign',
    variants: [
      { key: 'control', weight: 50 },
      { key: 'upfront-fees', weight: 50 },
    ],
    allocation: 100,
    population: null,
    salt: 'experiment:checkout-redesign',
    primaryMetric: 'purchase',
    secondaryMetrics: [],
    guardrailMetrics: [],
    autoStop: false,
    status: 'draft',
    archived: false,
    startedAt: null,
    stoppedAt: null,
    decision: null,
    version: 3,
    createdAt: at,
    updatedAt: at,
    ...extra,
  };
}

function remote(experiments: Experiment[]): RemoteState {
  return {
    project: 'demo',
    environments: {
      dev: {
        key: 'dev',
        name: 'Dev',
        color: '#000000',
        protected: false,
        sortOrder: 0,
        version: 1,
        createdAt: at,
        updatedAt: at,
      },
    },
    segments: {},
    flags: {},
    experiments: Object.fromEntries(experiments.map((e) => [e.key, e])),
  };
}

/** The exported file of `r` with the experiment's fields replaced by `change`. */
function fileWith(r: RemoteState, change: Record<string, unknown>) {
  const doc = toFlagsFile(r) as unknown as { experiments: Record<string, Record<string, unknown>> };
  Object.assign(doc.experiments['checkout-redesign']!, change);
  return validateFlagsFile(JSON.parse(JSON.stringify(doc)));
}

const brief = (changes: Change[]) =>
  changes.map(
    (c) =>
      `${c.action} ${c.type} ${c.key} ${c.fields.map((f) => f.field).join(',')}${c.transitions?.length ? ` [${c.transitions.join(',')}]` : ''}`,
  );

describe('experiments in flags.yaml', () => {
  it('export writes every field and the written file plans no changes (through the YAML text too)', async () => {
    const r = remote([
      experiment({
        status: 'stopped',
        decision: { winner: 'upfront-fees', notes: 'won', rolledOut: true },
        population: { segment: 'beta' },
      }),
      experiment({ key: 'old', archived: true, status: 'stopped' }),
    ]);
    const exported = toFlagsFile(r);
    expect(Object.keys(exported.experiments ?? {})).toEqual(['checkout-redesign']); // archived: history
    expect(exported.experiments!['checkout-redesign']).toMatchObject({
      environment: 'dev',
      flag: 'checkout-redesign',
      status: 'stopped',
      decision: { winner: 'upfront-fees', rollout: true, notes: 'won' },
      population: { segment: 'beta' },
    });
    const reread = await parseFlagsFile(await stringifyFlagsFile(exported));
    expect(computePlan(reread, r).changes).toEqual([]);
  });

  it("leaves the experiment's flag configuration in its environment to the experiment (export and plan)", () => {
    const r = remote([experiment({ status: 'running' })]);
    const config = {
      flag: 'checkout-redesign',
      environment: 'dev',
      version: 2,
      updatedAt: at,
      on: true,
      offVariation: 0,
      prerequisites: [],
      targets: [],
      rules: [],
      fallthrough: { variation: 0 },
    };
    r.flags['checkout-redesign'] = {
      key: 'checkout-redesign',
      name: 'Checkout redesign',
      description: '',
      kind: 'string',
      variations: [
        { name: 'control', value: 'control' },
        { name: 'upfront-fees', value: 'upfront-fees' },
      ],
      tags: ['experiment'],
      owner: null,
      temporary: true,
      clientSide: false,
      archived: false,
      version: 1,
      createdAt: at,
      updatedAt: at,
      environments: { dev: config },
    } as never;
    const exported = toFlagsFile(r);
    expect(exported.flags['checkout-redesign']!.environments).toEqual({});
    // Stopping serves the winner: a configuration the file still lists for it is not planned back.
    const file = validateFlagsFile(
      JSON.parse(
        JSON.stringify({
          ...exported,
          flags: {
            'checkout-redesign': {
              ...exported.flags['checkout-redesign'],
              environments: { dev: { on: true, offVariation: 0, fallthrough: { variation: 1 } } },
            },
          },
        }),
      ),
    );
    expect(computePlan(file, r).changes).toEqual([]);
  });

  it('plans a new experiment as a create, then its launch', () => {
    const r = remote([experiment({ status: 'running' })]);
    const file = toFlagsFile(r);
    const plan = computePlan(file, remote([]));
    expect(brief(plan.changes)).toEqual([
      'create experiment checkout-redesign environment,flag,name,hypothesis,description,variants,allocation,population,salt,primaryMetric,secondaryMetrics,guardrailMetrics,autoStop',
      'update experiment checkout-redesign status [launch]',
    ]);
  });

  it.each<[string, Partial<Experiment>, Record<string, unknown>, string[]]>([
    ['launch', {}, { status: 'running' }, ['update experiment checkout-redesign status [launch]']],
    [
      'pause',
      { status: 'running' },
      { status: 'paused' },
      ['update experiment checkout-redesign status [pause]'],
    ],
    [
      'resume',
      { status: 'paused' },
      { status: 'running' },
      ['update experiment checkout-redesign status [launch]'],
    ],
    [
      'stop with a winner rolled out',
      { status: 'running' },
      { status: 'stopped', decision: { winner: 'upfront-fees', rollout: true } },
      ['update experiment checkout-redesign decision,status [stop]'],
    ],
    [
      'stop and archive',
      { status: 'paused' },
      { status: 'stopped', archived: true },
      ['update experiment checkout-redesign status,archived [stop,archive]'],
    ],
    [
      'a field change and the launch: the field first',
      {},
      { status: 'running', allocation: 50 },
      ['update experiment checkout-redesign allocation,status [launch]'],
    ],
    [
      'a change of the split while it runs (the server decides: apply shows its refusal)',
      { status: 'running' },
      {
        variants: [
          { key: 'control', weight: 10 },
          { key: 'upfront-fees', weight: 90 },
        ],
      },
      ['update experiment checkout-redesign variants'],
    ],
  ])('%s', (_name, before, change, expected) => {
    const r = remote([experiment(before)]);
    const plan = computePlan(fileWith(r, change), r);
    expect(brief(plan.changes)).toEqual(expected);
    expect(plan.changes[0]!.version).toBe(3);
    expect(plan.versions['experiments/checkout-redesign']).toBe(3);
  });

  it('renders transitions on the experiment line', () => {
    const r = remote([experiment()]);
    const text = renderPlan(computePlan(fileWith(r, { status: 'running' }), r), 'flags.yaml');
    expect(text).toContain('~ experiment checkout-redesign (launch)');
    expect(text).toContain('~ status: "draft" → "running"');
  });

  it.each<[string, Partial<Experiment>, Record<string, unknown>, string]>([
    [
      'a stopped experiment running again',
      { status: 'stopped', decision: { winner: null, notes: '', rolledOut: false } },
      { status: 'running' },
      'experiments["checkout-redesign"].status: experiment "checkout-redesign" is stopped, and a stopped experiment never runs again (its results would mix two runs); create a new experiment instead',
    ],
    [
      'back to draft',
      { status: 'running' },
      { status: 'draft' },
      'experiments["checkout-redesign"].status: experiment "checkout-redesign" has run (running); it cannot return to draft',
    ],
    [
      'a decision without the stop',
      { status: 'running' },
      { decision: { winner: 'control' } },
      'experiments["checkout-redesign"].decision: is recorded when the experiment stops: set status: stopped',
    ],
    [
      'a decision changed after the stop',
      { status: 'stopped', decision: { winner: 'control', notes: '', rolledOut: false } },
      { decision: { winner: 'upfront-fees' } },
      'experiments["checkout-redesign"].decision: was recorded when the experiment stopped; it cannot change',
    ],
    [
      'another environment',
      {},
      { environment: 'prod' },
      'experiments["checkout-redesign"].environment: is dev remotely; an experiment cannot move (create a new one under another key)',
    ],
  ])('refuses %s at plan, one line with its path', (_name, before, change, line) => {
    const r = remote([experiment(before)]);
    const run = () => computePlan(fileWith(r, change), r);
    expect(run).toThrow(FlagsFileError);
    try {
      run();
    } catch (error) {
      expect((error as FlagsFileError).message.split('\n')).toEqual([
        'the flags file is invalid:',
        `  ${line}`,
      ]);
    }
  });

  it('the file shape is strict: a misspelt field or an unknown status is refused', () => {
    const doc = {
      version: 1,
      project: 'demo',
      experiments: { x: { ...toFlagsFile(remote([experiment()])).experiments!['checkout-redesign'] } },
    };
    expect(() =>
      validateFlagsFile({ ...doc, experiments: { x: { ...doc.experiments.x, stauts: 'running' } } }),
    ).toThrow(/experiments\.x/);
    expect(() =>
      validateFlagsFile({ ...doc, experiments: { x: { ...doc.experiments.x, status: 'done' } } }),
    ).toThrow(/experiments\.x\.status/);
  });

  it('schemas/flags.schema.json accepts what export writes and refuses what the CLI refuses', () => {
    const schema = JSON.parse(readFileSync(join(cliRoot, '../schemas/flags.schema.json'), 'utf8'));
    const check = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    const exported = JSON.parse(
      JSON.stringify(
        toFlagsFile(
          remote([
            experiment({
              status: 'stopped',
              decision: { winner: 'control', notes: '', rolledOut: false },
              population: { segment: 'beta' },
            }),
          ]),
        ),
      ),
    );
    expect(check(exported), JSON.stringify(check.errors)).toBe(true);
    for (const broken of [
      { status: 'done' },
      { stauts: 'running' },
      { variants: [{ key: 'a', weight: 1 }] },
    ]) {
      const doc = structuredClone(exported);
      Object.assign(doc.experiments['checkout-redesign'], broken);
      expect(check(doc)).toBe(false);
      expect(() => validateFlagsFile(doc)).toThrow(FlagsFileError);
    }
  });
});
