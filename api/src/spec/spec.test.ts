// The contract's own invariants: what every operation of openapi.yaml must declare so that the router,
// the generated client and the docs can rely on it. (Mounted routes vs. the operation table is another test.)
import { describe, expect, it } from 'vitest';
import { permissions } from '../../../scripts/codegen/operations.ts';
import type { Operation } from './document.ts';
import { isObject, listOperations, loadDocument, resolve } from './document.ts';

const doc = loadDocument();
const operations = listOperations(doc);
const name = (op: Operation) => op.operationId ?? op.where;
const mutating = (op: Operation) => op.method !== 'get';
const unauthenticatedWrites = new Set(['login', 'acceptInvite']);
const statuses = (op: Operation) => Object.keys(op.responses);
/** OFREP routes follow the OpenFeature Remote Evaluation Protocol: its error bodies, its 400s. */
const isOfrep = (op: Operation) => op.path.startsWith('/ofrep/');
const ofrepErrorSchemas = new Set(
  ['OfrepFailure', 'OfrepBulkFailure', 'OfrepGeneralError'].map((s) => `#/components/schemas/${s}`),
);

/** Operations for which `check` fails, so a failure names every offender at once. */
function offenders(check: (op: Operation) => boolean, among: Operation[] = operations): string[] {
  return among.filter((op) => !check(op)).map(name);
}

describe('openapi.yaml', () => {
  it('has operations', () => {
    expect(operations.length).toBeGreaterThan(40);
  });

  it('gives every operation a unique lowerCamelCase operationId', () => {
    expect(
      offenders((op) => op.operationId !== undefined && /^[a-z][A-Za-z0-9]*$/.test(op.operationId)),
    ).toEqual([]);
    const ids = operations.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every operation a known x-ff-permission', () => {
    expect(offenders((op) => (permissions as readonly unknown[]).includes(op.permission))).toEqual([]);
  });

  it('marks exactly the public operations with security: [] and permission public', () => {
    expect(offenders((op) => op.public === (op.permission === 'public'))).toEqual([]);
  });

  it('answers every 4xx and 5xx with the Problem schema as application/problem+json', () => {
    const bad: string[] = [];
    for (const op of operations.filter((o) => !isOfrep(o))) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (!/^[45]/.test(status)) continue;
        const content = response.content ?? {};
        const schema = content['application/problem+json']?.schema;
        const ok = Object.keys(content).length === 1 && schema?.$ref === '#/components/schemas/Problem';
        if (!ok) bad.push(`${name(op)} ${status}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('answers every OFREP 4xx and 5xx with an OFREP error body as application/json', () => {
    const ofrep = operations.filter(isOfrep);
    expect(ofrep.length).toBe(3);
    const bad: string[] = [];
    for (const op of ofrep) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (!/^[45]/.test(status)) continue;
        const content = response.content ?? {};
        const ref = (content['application/json']?.schema as { $ref?: string } | undefined)?.$ref;
        if (Object.keys(content).length !== 1 || !ofrepErrorSchemas.has(ref ?? ''))
          bad.push(`${name(op)} ${status}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('declares 401 and 403 (or permission self or sdk:any) on every authenticated write', () => {
    const writes = operations.filter(
      (op) => mutating(op) && !unauthenticatedWrites.has(op.operationId ?? ''),
    );
    expect(offenders((op) => statuses(op).includes('401'), writes)).toEqual([]);
    // An `sdk:any` route takes either key kind, so no key is ever forbidden there.
    expect(
      offenders(
        (op) => statuses(op).includes('403') || op.permission === 'self' || op.permission === 'sdk:any',
        writes,
      ),
    ).toEqual([]);
  });

  it('declares 429 (rate limits) on every operation that takes a token or an SDK key, with Retry-After', () => {
    const refOf = (op: Operation) => (op.raw.responses as Record<string, { $ref?: string }>)['429']?.$ref;
    expect(
      offenders(
        (op) =>
          op.public ||
          refOf(op) === `#/components/responses/${isOfrep(op) ? 'OfrepTooManyRequests' : 'TooManyRequests'}`,
      ),
    ).toEqual([]);
    // Every 429 there is, rate limits or a route's own (sign-in), is the one response with Retry-After.
    expect(
      offenders((op) => !statuses(op).includes('429') || (refOf(op) ?? '').endsWith('TooManyRequests')),
    ).toEqual([]);
  });

  it('declares 401 on every non-public operation', () => {
    expect(offenders((op) => op.public || statuses(op).includes('401'))).toEqual([]);
  });

  it('declares 404 on every path under /api/v1/projects/{project}', () => {
    const scoped = operations.filter((op) => op.path.startsWith('/api/v1/projects/{project}'));
    expect(scoped.length).toBeGreaterThan(20);
    expect(offenders((op) => statuses(op).includes('404'), scoped)).toEqual([]);
  });

  it('declares 404 wherever the path has a parameter', () => {
    expect(offenders((op) => !op.path.includes('{') || statuses(op).includes('404'))).toEqual([]);
  });

  it('declares 412 wherever If-Match is accepted, and 428 where it is required', () => {
    const ifMatch = (op: Operation) => op.parameters.find((p) => p.in === 'header' && p.name === 'If-Match');
    expect(offenders((op) => !ifMatch(op) || statuses(op).includes('412'))).toEqual([]);
    expect(offenders((op) => ifMatch(op)?.required !== true || statuses(op).includes('428'))).toEqual([]);
  });

  it('declares 400 where there are query parameters, and 422 where there is a JSON body', () => {
    expect(
      offenders((op) => !op.parameters.some((p) => p.in === 'query') || statuses(op).includes('400')),
    ).toEqual([]);
    expect(
      offenders(
        // OFREP answers a body it cannot use with its own 400 (PARSE_ERROR, INVALID_CONTEXT).
        (op) =>
          op.requestBody?.content['application/json'] === undefined ||
          statuses(op).includes(isOfrep(op) ? '400' : '422'),
      ),
    ).toEqual([]);
  });

  it('declares 413 (too large) and 415 (wrong media type) wherever there is a body', () => {
    // OFREP answers both with its own 400 (PARSE_ERROR).
    expect(
      offenders(
        (op) =>
          op.requestBody === undefined ||
          isOfrep(op) ||
          (statuses(op).includes('413') && statuses(op).includes('415')),
      ),
    ).toEqual([]);
  });

  it('declares every path parameter, and only those', () => {
    expect(
      offenders((op) => {
        const inPath = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
        const declared = op.parameters.filter((p) => p.in === 'path').map((p) => p.name);
        return (
          JSON.stringify(inPath) === JSON.stringify(declared.sort()) &&
          op.parameters.every((p) => p.in !== 'path' || p.required === true)
        );
      }),
    ).toEqual([]);
  });

  it('has discriminator mappings that agree with each branch’s const tag', () => {
    const bad: string[] = [];
    for (const [schemaName, schema] of Object.entries(doc.components.schemas)) {
      const discriminator = schema.discriminator;
      if (!isObject(discriminator)) continue;
      const tag = String(discriminator.propertyName);
      const mapping = (discriminator.mapping ?? {}) as Record<string, string>;
      const branches = (schema.oneOf as { $ref: string }[]).map((b) => b.$ref);
      if (JSON.stringify(Object.values(mapping).sort()) !== JSON.stringify([...branches].sort())) {
        bad.push(`${schemaName}: mapping and oneOf name different schemas`);
      }
      for (const [value, ref] of Object.entries(mapping)) {
        const branch = resolve<{ properties?: Record<string, { const?: unknown }>; required?: string[] }>(
          doc,
          {
            $ref: ref,
          },
        );
        if (branch.properties?.[tag]?.const !== value || !branch.required?.includes(tag)) {
          bad.push(`${schemaName}: ${ref} does not require ${tag} = ${JSON.stringify(value)}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
