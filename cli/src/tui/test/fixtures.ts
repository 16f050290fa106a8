// Builders for the dashboard's pure and component tests: a small project snapshot and states over it.
import type { Environment, Experiment, ExperimentResults, Flag, FlagEnvironment, Segment } from '@ff/client';
import { DEFAULT_BOOLEAN_VARIATIONS } from '@ff/engine/limits';
import type { Snapshot } from '../state/model.ts';
import { initialState, reduce } from '../state/reducer.ts';
import type { Action, AppState } from '../state/reducer.ts';

const t = '2026-12-01T10:00:00.000Z';
export const now = new Date('2026-12-01T12:00:00.000Z');

export function env(key: string, protectedEnv = false): Environment {
  return {
    key,
    name: key,
    color: '#888888',
    protected: protectedEnv,
    sortOrder: 0,
    version: 1,
    createdAt: t,
    updatedAt: t,
  };
}

export function config(
  flag: string,
  environment: string,
  patch: Partial<FlagEnvironment> = {},
): FlagEnvironment {
  return {
    flag,
    environment,
    version: 1,
    on: false,
    offVariation: 1,
    prerequisites: [],
    targets: [],
    rules: [],
    fallthrough: { variation: 0 },
    updatedAt: t,
    ...patch,
  };
}

export function flag(
  key: string,
  envs: Record<string, Partial<FlagEnvironment>>,
  patch: Partial<Flag> = {},
): Flag {
  return {
    key,
    name: key.replace(/-/g, ' '),
    description: '',
    kind: 'boolean',
    variations: DEFAULT_BOOLEAN_VARIATIONS.map((v) => ({ ...v })),
    tags: [],
    owner: null,
    temporary: true,
    clientSide: false,
    archived: false,
    version: 1,
    createdAt: t,
    updatedAt: t,
    environments: Object.fromEntries(Object.entries(envs).map(([e, c]) => [e, config(key, e, c)])),
    ...patch,
  };
}

export function segment(key: string): Segment {
  return {
    key,
    name: key,
    description: '',
    rules: [],
    includedCount: 3,
    excludedCount: 0,
    version: 1,
    createdAt: t,
    updatedAt: t,
  };
}

export function snapshot(patch: Partial<Snapshot> = {}): Snapshot {
  return {
    projectName: 'Demo',
    environments: [env('development'), env('staging'), env('production', true)],
    flags: [
      flag(
        'new-checkout',
        {
          development: { on: true },
          staging: {},
          production: {
            on: true,
            fallthrough: {
              rollout: {
                bucketBy: 'key',
                weights: [
                  { variation: 0, weight: 10000 },
                  { variation: 1, weight: 90000 },
                ],
              },
            },
          },
        },
        { tags: ['checkout'] },
      ),
      flag(
        'dark-mode',
        { development: { on: true }, staging: { on: true }, production: {} },
        { tags: ['ui'] },
      ),
      flag('banner', { development: {}, staging: {}, production: {} }),
    ],
    archived: [flag('old-thing', { development: {}, staging: {}, production: {} }, { archived: true })],
    segments: [segment('beta-testers')],
    changes: [
      {
        id: '7',
        action: 'flag_config.change',
        resource: 'projects/demo/flags/dark-mode/environments/staging',
        actor: 'ada@demo.local',
        createdAt: t,
      },
    ],
    me: { role: 'owner', email: 'ada@demo.local' },
    members: [],
    ...patch,
  };
}

/** A state with the snapshot loaded, then `actions` applied. */
export function stateWith(data: Snapshot = snapshot(), ...actions: Action[]): AppState {
  let s = reduce(
    initialState({ profile: 'local', project: 'demo', env: 'production', width: 100, height: 30 }),
    { type: 'loaded', data },
  );
  for (const a of actions) s = reduce(s, a);
  return s;
}

/** An experiment on `new-checkout` in staging, in `status`. */
export function experiment(key: string, status: Experiment['status'] = 'draft'): Experiment {
  return {
    key,
    name: key,
    hypothesis: '',
    description: '',
    environment: 'staging',
    flag: 'new-checkout',
    variants: [
      { key: 'control', weight: 50 },
      { key: 'treatment', weight: 50 },
    ],
    allocation: 100,
    population: null,
    salt: key,
    primaryMetric: 'purchase',
    secondaryMetrics: [],
    guardrailMetrics: [],
    autoStop: false,
    status,
    archived: false,
    startedAt: status === 'draft' ? null : t,
    stoppedAt: null,
    decision: null,
    version: 1,
    createdAt: t,
    updatedAt: t,
  };
}

/** Results with a sample ratio mismatch and a clear winner (the numbers of experiment-view.test.ts). */
export const experimentResults: ExperimentResults = {
  experiment: 'pricing',
  status: 'running',
  computedAt: t,
  alpha: 0.05,
  units: [
    { variant: 'control', units: 900, expectedShare: 0.5 },
    { variant: 'treatment', units: 1100, expectedShare: 0.5 },
  ],
  srm: { chiSquare: 20, pValue: 0.0000077, mismatch: true },
  metrics: [
    {
      metric: 'purchase',
      kind: 'binomial',
      role: 'primary',
      direction: 'higher',
      winner: 'treatment',
      variants: [
        { variant: 'control', units: 900, conversions: 90, rate: 0.1, control: true },
        {
          variant: 'treatment',
          units: 1100,
          conversions: 176,
          rate: 0.16,
          control: false,
          pValue: 0.0001,
          adjustedPValue: 0.0001,
          relativeLift: { lower: 0.2, upper: 0.9, estimate: 0.6 },
          chanceToWin: 0.9999,
        },
      ],
    },
  ],
};
