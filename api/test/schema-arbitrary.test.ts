// The fuzz suite trusts that "valid" requests are valid and "mutated" ones mostly are not; this checks
// both against the same ajv validation the API runs (the generated request validators) and, for every
// component schema of openapi.yaml, against ajv compiling the spec at test time.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { operations } from '../src/generated/operations.ts';
import type { OperationId, OperationSpec } from '../src/generated/operations.ts';
import { validators } from '../src/generated/validators.js';
import { componentsSchema, listOperations, loadDocument, schemaId } from '../src/spec/document.ts';
import type { JsonObject } from '../src/spec/document.ts';
import { codePoints, mutate, mutatedArbitrary, schemaArbitrary } from './schema-arbitrary.ts';

const doc = loadDocument();
const seed = 20240611;
const ajv = new Ajv2020({ allErrors: true, discriminator: true, strict: true, strictTypes: false });
addFormats.default(ajv);
ajv.addSchema(componentsSchema(doc));

/** What the server sees: the value after JSON.stringify and JSON.parse (undefined: no body at all). */
function overTheWire(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : JSON.parse(text);
}

type Validate = ((data: unknown) => boolean) & { errors?: unknown };
const bodyOps = listOperations(doc).filter(
  (op) => op.requestBody?.content['application/json']?.schema !== undefined,
);
const bodyValidator = (id: string) => validators[id as OperationId].body as Validate;

describe('schemaArbitrary', () => {
  it.each(Object.keys(doc.components.schemas))('generates values that %s accepts', (name) => {
    const validate = ajv.getSchema(`${schemaId}#/$defs/${name}`)!;
    const schema = { $ref: `#/components/schemas/${name}` };
    fc.assert(
      fc.property(schemaArbitrary(doc, schema), (value) => {
        const ok = validate(overTheWire(value));
        if (!ok) throw new Error(ajv.errorsText(validate.errors));
      }),
      { seed, numRuns: 60 },
    );
  });

  it.each(bodyOps.map((op) => op.operationId!))('generates request bodies that %s accepts', (id) => {
    const op = bodyOps.find((o) => o.operationId === id)!;
    const validate = bodyValidator(id);
    fc.assert(
      fc.property(schemaArbitrary(doc, op.requestBody!.content['application/json']!.schema!), (body) => {
        if (!validate(overTheWire(body))) throw new Error(JSON.stringify(validate.errors));
      }),
      { seed, numRuns: 60 },
    );
  });

  it('generates path parameters the router accepts', () => {
    for (const op of listOperations(doc)) {
      const path = op.parameters.filter((p) => p.in === 'path');
      if (path.length === 0) continue;
      const validate = validators[op.operationId as OperationId] as { params: Validate };
      const schema: JsonObject = {
        type: 'object',
        required: path.map((p) => p.name),
        properties: Object.fromEntries(path.map((p) => [p.name, p.schema])),
      };
      fc.assert(
        fc.property(schemaArbitrary(doc, schema), (params) => validate.params(params)),
        { seed, numRuns: 20 },
      );
    }
  });

  it('respects length limits in code points, and hints', () => {
    const schema = { type: 'string', minLength: 2, maxLength: 5 };
    for (const s of fc.sample(schemaArbitrary(doc, schema) as fc.Arbitrary<string>, { seed, numRuns: 200 })) {
      expect(codePoints(s)).toBeGreaterThanOrEqual(2);
      expect(codePoints(s)).toBeLessThanOrEqual(5);
    }
    const withHints = schemaArbitrary(
      doc,
      { $ref: '#/components/schemas/EnvironmentCreate' },
      {
        hints: { key: ['staging'] },
      },
    );
    const keys = fc.sample(withHints, { seed, numRuns: 100 }).map((v) => (v as { key: string }).key);
    expect(keys).toContain('staging');
  });
});

describe('mutate', () => {
  it('turns most valid request bodies of every operation into invalid ones', () => {
    let total = 0;
    let invalid = 0;
    const perOperation: Record<string, number> = {};
    for (const op of bodyOps) {
      const validate = bodyValidator(op.operationId!);
      const bodyRequired = op.requestBody?.required === true;
      const schema = op.requestBody!.content['application/json']!.schema!;
      const samples = fc.sample(mutatedArbitrary(doc, schema), { seed, numRuns: 100 });
      let refused = 0;
      for (const body of samples) {
        const wire = overTheWire(body);
        if (wire === undefined ? bodyRequired : !validate(wire)) refused++;
      }
      perOperation[op.operationId!] = refused / samples.length;
      total += samples.length;
      invalid += refused;
    }
    // Some mutations stay valid by design: a dropped optional property, a value swapped inside a
    // free-form `Json` value, `fc.anything()` landing on a value of the right shape. Bodies that are
    // mostly a free-form evaluation context (SDK evaluate, OFREP) accept about half of them.
    expect(invalid / total).toBeGreaterThan(0.8);
    for (const [id, share] of Object.entries(perOperation)) expect(share, id).toBeGreaterThan(0.35);
  });

  it('drops a required property, adds an unknown one, swaps a type, or substitutes anything', () => {
    const schema = { $ref: '#/components/schemas/ActionAddTargets' };
    const valid = { kind: 'addTargets', variation: 0, values: ['a'] };
    const seen = new Set<string>();
    for (const m of fc.sample(mutate(doc, schema, valid), { seed, numRuns: 300 })) {
      if (m !== null && typeof m === 'object' && !Array.isArray(m)) {
        const keys = Object.keys(m);
        if (['kind', 'variation', 'values'].some((k) => !keys.includes(k))) seen.add('dropped');
        if (keys.some((k) => !['kind', 'variation', 'values'].includes(k))) seen.add('added');
        if (typeof (m as JsonObject).variation === 'string') seen.add('swapped');
      } else {
        seen.add('replaced');
      }
    }
    expect([...seen].sort()).toEqual(['added', 'dropped', 'replaced', 'swapped']);
  });

  it('leaves the valid value it started from untouched', () => {
    const value = { key: 'a', name: 'A', environments: [{ key: 'b', name: 'B' }] };
    const copy = structuredClone(value);
    fc.sample(mutate(doc, { $ref: '#/components/schemas/ProjectCreate' }, value), { seed, numRuns: 100 });
    expect(value).toEqual(copy);
  });
});

it('covers every operation with a JSON body in the spec', () => {
  const withBody = (Object.values(operations) as OperationSpec[]).filter(
    (op) => op.requestContentType === 'application/json',
  );
  expect(bodyOps.map((op) => op.operationId).sort()).toEqual(withBody.map((op) => op.operationId).sort());
});
