// Request validators (api/src/generated/validators.js): ajv compiles each operation's path, query,
// header and body schemas ahead of time into plain functions (ajv's standalone code), so the API does
// not compile schemas at startup and needs only ajv's small runtime helpers.
//
// Query strings need other ajv options (type coercion) than bodies, and ajv's options belong to an
// instance, so there are two compiled modules: query-validators.js and request-validators.js (params,
// headers, bodies). validators.js puts them together under the operation ids.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Options } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import type { Document, JsonObject, Parameter } from '../../api/src/spec/document.ts';
import { componentsSchema, listOperations, toJsonSchema } from '../../api/src/spec/document.ts';
import { _ } from 'ajv/dist/compile/codegen/index.js';

export type Part = 'params' | 'query' | 'headers' | 'body';

export interface ValidatorFiles {
  'query-validators.js': string;
  'request-validators.js': string;
  'validators.js': string;
  'validators.d.ts': string;
}

function createAjv(options: Options) {
  const ajv = new Ajv2020({
    allErrors: true,
    discriminator: true,
    // Unknown keywords fail generation (toJsonSchema strips the OpenAPI-only ones); strictTypes would
    // demand `type: object` beside every discriminator and nullable oneOf, which the spec does not repeat.
    strict: true,
    strictTypes: false,
    // Standalone code imports format checks from ajv-formats rather than inlining functions.
    code: {
      source: true,
      esm: true,
      lines: true,
      formats: _`require("ajv-formats/dist/formats").fullFormats`,
    },
    ...options,
  });
  addFormats.default(ajv);
  return ajv;
}

/** An object schema for one location's parameters (`in: path|query|header`). */
function parametersSchema(params: Parameter[], where: Parameter['in']): JsonObject | undefined {
  const own = params.filter((p) => p.in === where);
  const properties: JsonObject = {};
  const required: string[] = [];
  for (const p of own) {
    // Header names are case-insensitive; Koa lowercases them.
    const name = where === 'header' ? p.name.toLowerCase() : p.name;
    properties[name] = toJsonSchema(p.schema ?? {});
    // A missing If-Match is 428 (OperationSpec.ifMatchRequired), not a 400 for a missing header.
    if (p.required === true && !(where === 'header' && name === 'if-match')) required.push(name);
  }
  if (where === 'header' && own.length === 0) return undefined;
  return {
    type: 'object',
    properties,
    ...(required.length > 0 ? { required } : {}),
    // An unknown query parameter is a typo worth a 400 (`?archive=true` is not `?archived=true`).
    ...(where === 'query' ? { additionalProperties: false } : {}),
  };
}

function jsonBodySchema(
  doc: Document,
  op: ReturnType<typeof listOperations>[number],
): JsonObject | undefined {
  const schema = op.requestBody?.content['application/json']?.schema;
  return schema === undefined ? undefined : (toJsonSchema(schema) as JsonObject);
}

export function validatorFiles(doc: Document): ValidatorFiles {
  const query = createAjv({ coerceTypes: true, useDefaults: true });
  const request = createAjv({ coerceTypes: false, useDefaults: true });
  query.addSchema(componentsSchema(doc));
  request.addSchema(componentsSchema(doc));

  const queryExports: Record<string, string> = {};
  const requestExports: Record<string, string> = {};
  const table: Record<string, Partial<Record<Part, string>>> = {};
  for (const op of listOperations(doc)) {
    const id = op.operationId as string;
    const parts: Partial<Record<Part, string>> = {};
    const add = (part: Part, schema: JsonObject | undefined) => {
      if (schema === undefined) return;
      const name = `${id}_${part}`;
      const ajv = part === 'query' ? query : request;
      ajv.addSchema(schema, `${id}#${part}`);
      (part === 'query' ? queryExports : requestExports)[name] = `${id}#${part}`;
      parts[part] = name;
    };
    if (op.parameters.some((p) => p.in === 'path')) add('params', parametersSchema(op.parameters, 'path'));
    // Only where the spec declares query parameters (and so a 400): elsewhere the query string is ignored.
    if (op.parameters.some((p) => p.in === 'query')) add('query', parametersSchema(op.parameters, 'query'));
    add('headers', parametersSchema(op.parameters, 'header'));
    add('body', jsonBodySchema(doc, op));
    table[id] = parts;
  }

  const rows = Object.entries(table).map(([id, parts]) => {
    const fields = Object.entries(parts).map(([part, name]) => {
      const from = part === 'query' ? 'query' : 'request';
      return `${part}: ${from}.${name}`;
    });
    return `  ${id}: { ${fields.join(', ')} },`;
  });

  return {
    'query-validators.js': fixImports(standaloneCode.default(query, queryExports)),
    'request-validators.js': fixImports(standaloneCode.default(request, requestExports)),
    'validators.js': `import * as query from './query-validators.js';
import * as request from './request-validators.js';

export const validators = {
${rows.join('\n')}
};
`,
    'validators.d.ts': `import type { ValidateFunction } from 'ajv';
import type { OperationId } from './operations.ts';

/** The compiled request validators of one operation; a part the operation does not have is absent. */
export interface OperationValidators {
  /** Path parameters (strings, as the router parsed them). */
  params?: ValidateFunction;
  /** The query object; coerces strings to numbers and booleans and fills in defaults, in place. */
  query?: ValidateFunction;
  /** Declared header parameters only, under lowercase names (\`if-match\`). */
  headers?: ValidateFunction;
  /** A JSON body; fills in defaults, in place; never coerces. */
  body?: ValidateFunction;
}

export declare const validators: Record<OperationId, OperationValidators>;
`,
  };
}

/**
 * ajv's standalone ESM output still loads its runtime helpers (ucs2length, formats) with `require`.
 * They are CommonJS, and their default-import shape differs between Node and vite (vitest), so the
 * module gets a real `require` from createRequire rather than rewritten imports.
 */
function fixImports(code: string): string {
  const body = code.replace(/^"use strict";\n?/, '');
  if (!body.includes('require(')) return body;
  return `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n${body}`;
}
