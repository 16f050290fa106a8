// Builders for the dashboard's pure and component tests: a small project snapshot and states over it.
import type { Environment, Flag, FlagEnvironment, Segment } from '@ff/client';
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
    variations: [
      { name: 'on', value: true },
      { name: 'off', value: false },
    ],
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
