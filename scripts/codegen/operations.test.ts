import { describe, expect, it } from 'vitest';
import type { Document } from '../../api/src/spec/document.ts';
import { operationRows, SpecError } from './operations.ts';

function spec(operation: Record<string, unknown>, path = '/api/v1/projects/{project}'): Document {
  return {
    openapi: '3.1.0',
    paths: {
      [path]: {
        parameters: [{ $ref: '#/components/parameters/Project' }],
        post: { responses: { '204': { description: 'ok' } }, ...operation },
      },
    },
    components: {
      schemas: { RefusalRule: { type: 'string', enum: ['flag-model', 'storable-text'] } },
      parameters: { Project: { name: 'project', in: 'path', required: true, schema: { type: 'string' } } },
    },
  };
}

describe('operationRows', () => {
  it('builds a row from the spec', () => {
    const rows = operationRows(
      spec({
        operationId: 'touchProject',
        'x-ff-permission': 'project:admin',
        parameters: [{ name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } }],
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } },
      }),
    );
    expect(rows).toEqual([
      {
        operationId: 'touchProject',
        method: 'post',
        path: '/api/v1/projects/{project}',
        koaPath: '/api/v1/projects/:project',
        permission: 'project:admin',
        public: false,
        requestContentType: 'application/json',
        requestContentTypes: ['application/json'],
        bodyRequired: true,
        ifMatchRequired: true,
        pathParams: ['project'],
        refusals: [],
      },
    ]);
  });

  it('takes application/merge-patch+json beside application/json on a PATCH, with the same schema', () => {
    const schema = { $ref: '#/components/schemas/ProjectUpdate' };
    const doc = spec({});
    doc.paths['/api/v1/projects/{project}'] = {
      parameters: [{ $ref: '#/components/parameters/Project' }],
      patch: {
        operationId: 'updateProject',
        'x-ff-permission': 'project:admin',
        requestBody: {
          content: { 'application/json': { schema }, 'application/merge-patch+json': { schema } },
        },
        responses: { '204': { description: 'ok' } },
      },
    };
    expect(operationRows(doc)[0]).toMatchObject({
      requestContentType: 'application/json',
      requestContentTypes: ['application/json', 'application/merge-patch+json'],
    });
  });

  const mergePatchOnly =
    'only a PATCH may add application/merge-patch+json, after application/json and with the same schema';
  it.each([
    [{ 'x-ff-permission': 'read' }, 'post /api/v1/projects/{project} has no operationId'],
    [
      {
        operationId: 'touchProject',
        'x-ff-permission': 'read',
        requestBody: {
          content: { 'application/json': { schema: {} }, 'application/merge-patch+json': { schema: {} } },
        },
      },
      `touchProject: more than one request content type (${mergePatchOnly})`,
    ],
    [
      {
        operationId: 'touchProject',
        'x-ff-permission': 'read',
        requestBody: { content: { 'application/json': { schema: {} }, 'text/csv': { schema: {} } } },
      },
      `touchProject: more than one request content type (${mergePatchOnly})`,
    ],
    [
      { operationId: 'touchProject' },
      'touchProject (post /api/v1/projects/{project}) has no x-ff-permission',
    ],
    [
      { operationId: 'touchProject', 'x-ff-permission': 'write' },
      'touchProject (post /api/v1/projects/{project}) has unknown x-ff-permission "write"; expected one of public, self, read, flags:write, project:admin, org:admin',
    ],
    [
      {
        operationId: 'touchProject',
        'x-ff-permission': 'read',
        requestBody: { content: { 'application/xml': {} } },
      },
      'touchProject: unsupported request content type application/xml',
    ],
    [
      { operationId: 'touchProject', 'x-ff-permission': 'read', 'x-ff-refusals': ['flag-model', 'vibes'] },
      'touchProject (post /api/v1/projects/{project}) has x-ff-refusals ["flag-model","vibes"]; expected a list of flag-model, storable-text',
    ],
  ])('fails on %j', (operation, message) => {
    const run = () => operationRows(spec(operation));
    expect(run).toThrow(SpecError);
    expect(run).toThrow(message);
  });
});
