// schemas/flags.schema.json (for editors) and the CLI's own validation (format.ts) describe one format:
// what export writes passes both, and the mistakes an editor should flag fail both.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateFlagsFile } from '../src/flags-as-code/format.ts';
import { cliRoot } from './harness.ts';

const schema = JSON.parse(readFileSync(join(cliRoot, '../schemas/flags.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const exported = parse(`
version: 1
project: demo
environments:
  production: { name: Production, color: '#d43d3d', protected: true, sortOrder: 2 }
segments:
  beta-testers:
    name: Beta testers
    description: ''
    rules: [{ id: staff, clauses: [{ attribute: emailDomain, op: in, values: [example.com] }] }]
    included: [user-ada]
    excluded: []
flags:
  checkout-flow:
    name: Checkout flow
    description: ''
    kind: string
    variations: [{ name: control, value: multi-step }, { name: treatment, value: one-page }]
    tags: [checkout]
    owner: null
    temporary: true
    clientSide: true
    archived: false
    environments:
      production:
        on: true
        offVariation: 0
        prerequisites: [{ flag: new-checkout, variation: 0 }]
        targets: [{ variation: 1, values: [user-ada] }]
        rules:
          - id: beta
            clauses: [{ attribute: key, op: segmentMatch, values: [beta-testers] }]
            serve: { rollout: { bucketBy: key, weights: [{ variation: 0, weight: 50000 }, { variation: 1, weight: 50000 }] } }
        fallthrough: { variation: 0 }
metrics:
  purchase: { name: Purchase, description: '', kind: binomial, event: purchase, windowHours: 168, cap: null, direction: higher }
  revenue: { name: Revenue, description: '', kind: sum, event: purchase, windowHours: 48, cap: 500, direction: higher }
`);

const broken = (path: string[], value: unknown) => {
  const doc = structuredClone(exported);
  let at = doc;
  for (const p of path.slice(0, -1)) at = at[p];
  at[path.at(-1)!] = value;
  return doc;
};

describe('flags.schema.json', () => {
  it('is valid JSON Schema 2020-12 and accepts what export writes (as does the CLI)', () => {
    expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);
    expect(() => validateFlagsFile(exported)).not.toThrow();
  });

  it.each<[string, string[], unknown]>([
    ['a misspelt field', ['flags', 'checkout-flow', 'clientside'], true],
    [
      'an unknown operator',
      ['flags', 'checkout-flow', 'environments', 'production', 'rules', '0', 'clauses', '0', 'op'],
      'like',
    ],
    [
      'a serve with both variation and rollout',
      ['flags', 'checkout-flow', 'environments', 'production', 'fallthrough'],
      { variation: 0, rollout: { weights: [] } },
    ],
    ['a bad key', ['flags', 'Checkout'], { name: 'x', kind: 'boolean' }],
    ['a bad color', ['environments', 'production', 'color'], 'red'],
    ['another format version', ['version'], 2],
    ['an unknown metric kind', ['metrics', 'purchase', 'kind'], 'ratio'],
    ['a metric cap of zero', ['metrics', 'revenue', 'cap'], 0],
    ['a fractional metric window', ['metrics', 'revenue', 'windowHours'], 1.5],
  ])('refuses %s, as the CLI does', (_name, path, value) => {
    const doc = broken(path, value);
    expect(validate(doc)).toBe(false);
    expect(() => validateFlagsFile(doc)).toThrow();
  });
});
