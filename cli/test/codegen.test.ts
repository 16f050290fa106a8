import { describe, expect, it } from 'vitest';
import { constantName, generate, hashMatches, launchedVariation } from '../src/codegen/generate.ts';
import { unifiedDiff } from '../src/codegen/line-diff.ts';
import type { CodegenConfig, CodegenFlag } from '../src/codegen/model.ts';
import { parseSnapshot } from '../src/codegen/model.ts';
import { jsonType, valueType } from '../src/codegen/types.ts';

const boolFlag = (key: string, extra: Partial<CodegenFlag> = {}): CodegenFlag => ({
  key,
  name: key,
  kind: 'boolean',
  variations: [
    { name: 'on', value: true },
    { name: 'off', value: false },
  ],
  ...extra,
});

const served = (variation: number, extra: Partial<CodegenConfig> = {}): CodegenConfig => ({
  on: true,
  offVariation: 1,
  fallthrough: { variation },
  ...extra,
});

const demo: CodegenFlag[] = [
  boolFlag('new-checkout', {
    name: 'New checkout',
    description: 'The redesigned checkout page.',
    owner: 'ada@demo.local',
  }),
  {
    key: 'checkout-flow',
    name: 'Checkout flow',
    kind: 'string',
    variations: [
      { name: 'control', value: 'multi-step', description: 'Today’s flow' },
      { name: 'treatment', value: 'one-page' },
    ],
  },
  {
    key: 'max-cart-items',
    kind: 'number',
    variations: [
      { name: 'small', value: 20 },
      { name: 'large', value: 100 },
    ],
  },
  {
    key: 'banner-config',
    kind: 'json',
    variations: [
      { name: 'none', value: { show: false } },
      { name: 'sale', value: { show: true, text: 'Spring sale', style: 'info' } },
    ],
  },
];

describe('value types', () => {
  it.each([
    ['boolean', demo[0]!, 'boolean'],
    ['string literals', demo[1]!, "'multi-step' | 'one-page'"],
    ['number literals', demo[2]!, '100 | 20'.split(' | ').reverse().join(' | ')],
    [
      'json, widened per variation',
      demo[3]!,
      '{ show: boolean } | { show: boolean; style: string; text: string }',
    ],
  ])('%s', (_name, flag, type) => {
    expect(valueType(flag)).toBe(type);
  });

  it.each([
    [null, 'null'],
    [[1, 'a'], '(number | string)[]'],
    [[], 'unknown[]'],
    [{}, 'Record<string, never>'],
    [{ 'a-b': [true] }, "{ 'a-b': boolean[] }"],
  ])('json %j → %s', (value, type) => {
    expect(jsonType(value)).toBe(type);
  });

  it('dedupes equal literals and escapes quotes', () => {
    const flag: CodegenFlag = {
      key: 's',
      kind: 'string',
      variations: [
        { name: 'a', value: "it's" },
        { name: 'b', value: "it's" },
        { name: 'c', value: 'back\\slash "q"' },
      ],
    };
    expect(valueType(flag)).toBe(`'it\\'s' | 'back\\\\slash "q"'`);
  });
});

describe('generate', () => {
  const out = generate({ project: 'demo', flags: demo });

  it('augments both SDKs with every key, sorted, and exports the keys as constants', () => {
    expect(out).toContain("declare module '@ff/sdk-node' {\n  interface FlagTypes {");
    expect(out).toContain("declare module '@ff/sdk-browser' {\n  interface FlagTypes {");
    expect(out).toContain("    'new-checkout': boolean;");
    expect(out).toContain("    'checkout-flow': 'multi-step' | 'one-page';");
    expect(out).toContain("export const NEW_CHECKOUT = 'new-checkout';");
    expect(out).toContain('export type FlagKey = (typeof FLAG_KEYS)[number];');
    const order = ['BANNER_CONFIG,', 'CHECKOUT_FLOW,', 'MAX_CART_ITEMS,', 'NEW_CHECKOUT,'].map((s) =>
      out.indexOf(s),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('is deterministic: input order does not matter and there is no timestamp', () => {
    expect(generate({ project: 'demo', flags: [...demo].reverse() })).toBe(out);
    expect(out).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('carries a hash of its body that tells hand edits apart', () => {
    expect(out).toMatch(/^\/\/ ff-codegen-hash: sha256:[0-9a-f]{64}$/m);
    expect(hashMatches(out)).toBe(true);
    expect(hashMatches(out.replace("'one-page'", "'two-page'"))).toBe(false);
    expect(hashMatches('export const X = 1;\n')).toBeUndefined();
    // Another input changes the hash.
    const other = generate({ project: 'demo', flags: demo.slice(1) });
    expect(other.split('\n')[1]).not.toBe(out.split('\n')[1]);
  });

  it('writes doc comments: name, description, variations, owner', () => {
    expect(out).toContain(' * **New checkout** (`new-checkout`, boolean)');
    expect(out).toContain(' * The redesigned checkout page.');
    expect(out).toContain(' * - 0: `control` = `"multi-step"` — Today’s flow');
    expect(out).toContain(' * Owner: ada@demo.local');
    expect(out).not.toContain('@deprecated');
  });

  it('marks archived and fully launched temporary flags @deprecated, not permanent ones', () => {
    const flags = [
      boolFlag('gone', { archived: true }),
      boolFlag('launched', { temporary: true, environments: { dev: served(0), prod: served(0) } }),
      boolFlag('kept', { temporary: false, environments: { dev: served(0), prod: served(0) } }),
      boolFlag('mixed', { environments: { dev: served(0), prod: served(1) } }),
    ];
    const text = generate({ project: 'p', flags });
    const docOf = (key: string) =>
      text.slice(text.lastIndexOf('/**', text.indexOf(`= '${key}'`)), text.indexOf(`= '${key}'`));
    expect(docOf('gone')).toContain('@deprecated Archived');
    expect(docOf('launched')).toContain('@deprecated Stale: serves `on` everywhere');
    expect(docOf('kept')).not.toContain('@deprecated');
    expect(docOf('mixed')).not.toContain('@deprecated');
  });

  it("marks the API's stale flags @deprecated with their reason, evidence and action", () => {
    const stale = {
      reason: 'not-evaluated',
      detail: 'Not evaluated in any environment for 45 days (last 2026-10-18).',
      suggestedAction: 'Check that no code uses it any more, then archive it.',
    };
    const text = generate({ project: 'p', flags: [boolFlag('quiet', { stale })] });
    expect(text).toContain(
      ' * @deprecated Stale (not-evaluated): Not evaluated in any environment for 45 days (last 2026-10-18). Check that no code uses it any more, then archive it.',
    );
  });

  it('escapes */ in descriptions so the comment cannot end early', () => {
    const text = generate({ flags: [boolFlag('x', { description: 'a */ b' })] });
    expect(text).toContain('a *\\/ b');
  });

  it('augments only the SDKs asked for', () => {
    const text = generate({ flags: demo }, { sdks: ['node'] });
    expect(text).toContain("'@ff/sdk-node'");
    expect(text).not.toContain("'@ff/sdk-browser'");
  });

  it('gives colliding constant names a stable suffix', () => {
    const text = generate({
      flags: [boolFlag('a.b'), boolFlag('a-b'), boolFlag('flag-keys'), boolFlag('9lives')],
    });
    expect(text).toContain("export const A_B = 'a-b';");
    expect(text).toContain("export const A_B_2 = 'a.b';");
    expect(text).toContain("export const FLAG_KEYS_2 = 'flag-keys';");
    expect(constantName('9lives')).toBe('FLAG_9LIVES');
  });

  it('an empty project still gives a valid module', () => {
    expect(generate({ project: 'empty', flags: [] })).toContain('export const FLAG_KEYS = [] as const;');
  });
});

describe('launchedVariation', () => {
  it.each<[string, Record<string, CodegenConfig> | undefined, string | undefined]>([
    ['no configurations known', undefined, undefined],
    ['one variation everywhere', { a: served(0), b: served(0) }, 'on'],
    [
      'a 100% rollout counts',
      {
        a: served(0),
        b: {
          ...served(0),
          fallthrough: {
            rollout: {
              weights: [
                { variation: 1, weight: 0 },
                { variation: 0, weight: 100000 },
              ],
            },
          },
        },
      },
      'on',
    ],
    [
      // The engine serves a rollout's last entry to contexts without the bucketBy attribute.
      'a 100% rollout whose last entry (weight 0) is another variation does not',
      {
        a: {
          ...served(0),
          fallthrough: {
            rollout: {
              weights: [
                { variation: 0, weight: 100000 },
                { variation: 1, weight: 0 },
              ],
            },
          },
        },
      },
      undefined,
    ],
    [
      'a partial rollout does not',
      {
        a: {
          ...served(0),
          fallthrough: {
            rollout: {
              weights: [
                { variation: 0, weight: 50000 },
                { variation: 1, weight: 50000 },
              ],
            },
          },
        },
      },
      undefined,
    ],
    ['off somewhere', { a: served(0), b: { ...served(0), on: false } }, undefined],
    ['rules somewhere', { a: served(0, { rules: [{}] }) }, undefined],
    ['targets somewhere', { a: served(0, { targets: [{}] }) }, undefined],
  ])('%s', (_name, environments, expected) => {
    expect(launchedVariation(boolFlag('f', { environments }))).toBe(expected);
  });
});

describe('parseSnapshot', () => {
  it('reads { project, flags: [...] }, a bare list, a list page and an SDK ruleset', () => {
    expect(parseSnapshot({ project: 'demo', flags: demo }).flags.map((f) => f.key)).toEqual(
      demo.map((f) => f.key),
    );
    expect(parseSnapshot(demo).project).toBeUndefined();
    expect(parseSnapshot({ items: demo }).flags).toHaveLength(4);
    const ruleset = parseSnapshot({
      version: 3,
      flags: { x: { key: 'x', kind: 'boolean', variations: demo[0]!.variations, config: served(0) } },
    });
    expect(ruleset.flags[0]!.environments).toEqual({ config: served(0) });
  });

  it.each([
    [42, 'expected'],
    [{ flags: [{ key: 'x', kind: 'text', variations: [] }] }, 'flags[0].kind'],
    [{ flags: [{ kind: 'boolean', variations: [] }] }, 'flags[0].key'],
    [{ flags: 'nope' }, 'flags:'],
  ])('refuses %j naming the problem', (json, message) => {
    expect(() => parseSnapshot(json)).toThrow(message);
  });
});

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb', 'a\nb', ['x', 'y'])).toBe('');
  });

  it('shows changed lines with context and line numbers', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'].join('\n');
    const after = before.replace('2', 'two').replace('11', 'eleven\nextra');
    expect(unifiedDiff(before, after, ['a', 'b'], 1)).toBe(
      [
        '--- a',
        '+++ b',
        '@@ -1,3 +1,3 @@',
        ' 1',
        '-2',
        '+two',
        ' 3',
        '@@ -10,3 +10,4 @@',
        ' 10',
        '-11',
        '+eleven',
        '+extra',
        ' 12',
        '',
      ].join('\n'),
    );
  });

  it('handles texts with nothing in common', () => {
    expect(unifiedDiff('a', 'b', ['x', 'y'])).toBe('--- x\n+++ y\n@@ -1,1 +1,1 @@\n-a\n+b\n');
  });
});
