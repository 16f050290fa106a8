// The demo a fresh install starts with: one of each flag kind, configured differently per environment,
// so `ff` commands, the SDKs and the dashboard have something real to show. Variations are referenced
// by index, as in every flag configuration.
import { DEFAULT_BOOLEAN_VARIATIONS } from '@ff/engine/limits';

export const demoOrganization = { key: 'demo', name: 'Demo organization' };
export const demoOwnerEmail = 'owner@demo.local';
export const demoProject = {
  key: 'demo',
  name: 'Demo',
  description: 'Created on first start. Delete it any time.',
};

export const demoEnvironments = [
  { key: 'development', name: 'Development', color: '#2e9e5b', protected: false, sort_order: 0 },
  { key: 'staging', name: 'Staging', color: '#d9a400', protected: false, sort_order: 1 },
  { key: 'production', name: 'Production', color: '#d43d3d', protected: true, sort_order: 2 },
] as const;

export type EnvKey = (typeof demoEnvironments)[number]['key'];

export const demoSegment = {
  key: 'beta-testers',
  name: 'Beta testers',
  description: 'People who asked for early features.',
  included: ['user-ada', 'user-grace', 'user-linus'],
  excluded: [] as string[],
  rules: [
    { id: 'example-staff', clauses: [{ attribute: 'emailDomain', op: 'in', values: ['example.com'] }] },
  ],
};

const off = (offVariation: number) => ({
  on: false,
  offVariation,
  prerequisites: [],
  targets: [],
  rules: [],
  fallthrough: { variation: offVariation },
});

const betaRule = (variation: number) => ({
  id: 'beta-testers',
  description: 'Beta testers get it first',
  clauses: [{ attribute: 'key', op: 'segmentMatch', values: [demoSegment.key] }],
  serve: { variation },
});

export interface DemoFlag {
  key: string;
  name: string;
  description: string;
  kind: 'boolean' | 'string' | 'number' | 'json';
  variations: { name: string; value: unknown; description?: string }[];
  tags: string[];
  temporary: boolean;
  client_side: boolean;
  configs: Record<EnvKey, Record<string, unknown>>;
}

export const demoFlags: DemoFlag[] = [
  {
    key: 'new-checkout',
    name: 'New checkout',
    description: 'The redesigned checkout page.',
    kind: 'boolean',
    // A boolean flag's variations are the engine's default ones, as the API gives a flag created without any.
    variations: DEFAULT_BOOLEAN_VARIATIONS.map((v) => ({ ...v })),
    tags: ['checkout', 'release'],
    temporary: true,
    client_side: true,
    configs: {
      development: { ...off(1), on: true, fallthrough: { variation: 0 } },
      // Prepared but off: turning it on starts a 25% rollout, with beta testers always in.
      staging: {
        ...off(1),
        rules: [betaRule(0)],
        fallthrough: {
          rollout: {
            weights: [
              { variation: 0, weight: 25_000 },
              { variation: 1, weight: 75_000 },
            ],
          },
        },
      },
      production: off(1),
    },
  },
  {
    key: 'checkout-flow',
    name: 'Checkout flow experiment',
    description: 'One-page versus multi-step checkout.',
    kind: 'string',
    variations: [
      { name: 'control', value: 'multi-step', description: 'Today’s flow' },
      { name: 'treatment', value: 'one-page' },
    ],
    tags: ['checkout', 'experiment'],
    temporary: true,
    client_side: true,
    configs: {
      development: { ...off(0), on: true, fallthrough: { variation: 1 } },
      staging: {
        ...off(0),
        on: true,
        fallthrough: {
          rollout: {
            salt: 'checkout-flow-2026',
            weights: [
              { variation: 0, weight: 50_000 },
              { variation: 1, weight: 50_000 },
            ],
          },
        },
      },
      production: { ...off(0), on: true, prerequisites: [{ flag: 'new-checkout', variation: 0 }] },
    },
  },
  {
    key: 'max-cart-items',
    name: 'Maximum cart items',
    description: 'How many items one cart may hold.',
    kind: 'number',
    variations: [
      { name: 'small', value: 20 },
      { name: 'default', value: 50 },
      { name: 'large', value: 100 },
    ],
    tags: ['limits'],
    temporary: false,
    client_side: false,
    configs: {
      development: { ...off(1), on: true, fallthrough: { variation: 2 } },
      staging: {
        ...off(1),
        on: true,
        targets: [{ variation: 2, values: ['user-ada'] }],
        fallthrough: { variation: 1 },
      },
      production: {
        ...off(1),
        on: true,
        rules: [
          {
            id: 'wholesale',
            description: 'Wholesale accounts buy in bulk',
            clauses: [{ attribute: 'plan', op: 'in', values: ['wholesale'] }],
            serve: { variation: 2 },
          },
        ],
        fallthrough: { variation: 1 },
      },
    },
  },
  {
    key: 'banner-config',
    name: 'Banner configuration',
    description: 'The site-wide banner: text and style.',
    kind: 'json',
    variations: [
      { name: 'none', value: { show: false } },
      { name: 'sale', value: { show: true, text: 'Spring sale: 20% off', style: 'info' } },
    ],
    tags: ['marketing'],
    temporary: false,
    client_side: true,
    configs: {
      development: { ...off(0), on: true, fallthrough: { variation: 1 } },
      staging: { ...off(0), on: true, rules: [betaRule(1)], fallthrough: { variation: 0 } },
      production: off(0),
    },
  },
];
