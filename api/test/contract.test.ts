import { describe, expect, it } from 'vitest';
import { expectValidResponse, validateResponse } from './contract.ts';

const json = { 'content-type': 'application/json; charset=utf-8' };
const problemJson = new Headers({ 'content-type': 'application/problem+json' });

const project = {
  key: 'checkout',
  name: 'Checkout',
  description: '',
  eventRetentionDays: null,
  version: 1,
  createdAt: '2026-01-02T03:04:05.000Z',
  updatedAt: '2026-01-02T03:04:05.000Z',
  environments: [
    {
      key: 'production',
      name: 'Production',
      color: '#ff0000',
      protected: true,
      sortOrder: 0,
      version: 1,
      createdAt: '2026-01-02T03:04:05.000Z',
      updatedAt: '2026-01-02T03:04:05.000Z',
    },
  ],
};
const problem = {
  type: 'https://ff.dev/problems/not-found',
  title: 'Not found',
  status: 404,
  requestId: 'r1',
};

describe('validateResponse', () => {
  it('accepts a Project and a Problem where the spec declares them', () => {
    expect(validateResponse('getProject', 200, json, project)).toEqual([]);
    expect(validateResponse('getProject', 404, problemJson, problem)).toEqual([]);
    expect(() => expectValidResponse('createProject', 201, json, project)).not.toThrow();
  });

  it('accepts an empty 204 and a text body for a text response', () => {
    expect(validateResponse('deleteProject', 204, {}, '')).toEqual([]);
    expect(validateResponse('exportAudit', 200, { 'content-type': 'application/x-ndjson' }, '{}\n')).toEqual(
      [],
    );
  });

  it('rejects a status the operation does not declare', () => {
    expect(validateResponse('getProject', 409, problemJson, { ...problem, status: 409 })).toEqual([
      'status 409 is not declared for getProject (declared: 200, 401, 404, 429)',
    ]);
  });

  it('rejects a body that breaks the schema, naming each path', () => {
    const { name: _name, ...nameless } = project;
    const broken = { ...nameless, version: 0, environments: [{ ...project.environments[0], color: 'red' }] };
    expect(validateResponse('getProject', 200, json, broken)).toEqual([
      "body: must have required property 'name'",
      'body.version: must be >= 1',
      'body.environments[0].color: must match pattern "^#[0-9a-fA-F]{6}$"',
    ]);
  });

  it('rejects a problem without its required fields, or sent as plain JSON', () => {
    expect(validateResponse('getProject', 404, problemJson, { title: 'Not found', status: 404 })).toEqual([
      "body: must have required property 'type'",
    ]);
    expect(validateResponse('getProject', 404, json, problem)).toEqual([
      'content-type "application/json" is not declared (declared: application/problem+json)',
    ]);
  });

  it('requires Retry-After on a 429, a header declared by reference (components/headers)', () => {
    const limited = { ...problem, type: 'https://ff.dev/problems/too-many-requests', status: 429 };
    expect(validateResponse('getProject', 429, problemJson, limited)).toEqual([
      'header Retry-After is missing',
    ]);
    const headers = new Headers({ 'content-type': 'application/problem+json', 'retry-after': '30' });
    expect(validateResponse('getProject', 429, headers, limited)).toEqual([]);
    const ofrep = new Headers({ 'content-type': 'application/json', 'retry-after': '30' });
    expect(validateResponse('ofrepEvaluateFlag', 429, ofrep, { errorDetails: 'slow down' })).toEqual([]);
  });

  it('rejects a body on a status that declares none', () => {
    expect(validateResponse('deleteProject', 204, json, project)).toEqual([
      'status 204 of deleteProject declares no body, but one was sent',
    ]);
  });

  it('throws with every violation from expectValidResponse', () => {
    expect(() => expectValidResponse('getProject', 200, json, {})).toThrow(/violates openapi.yaml/);
  });
});
