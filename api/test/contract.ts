// Response contract checks for http tests: does what the API answered match what openapi.yaml declares
// for that operation and status? The status must be declared, the content type must be one the spec
// lists, and a JSON body must satisfy its schema (ajv, JSON Schema 2020-12, compiled on first use).
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { OperationId } from '../src/generated/operations.ts';
import type { Operation, Response } from '../src/spec/document.ts';
import {
  componentsSchema,
  listOperations,
  loadDocument,
  resolve,
  toJsonSchema,
} from '../src/spec/document.ts';
import { toIssues } from '../src/spec/issues.ts';

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

const doc = loadDocument();
const byId = new Map<string, Operation>(listOperations(doc).map((op) => [op.operationId as string, op]));

const ajv = new Ajv2020({ allErrors: true, discriminator: true, strict: true, strictTypes: false });
addFormats.default(ajv);
ajv.addSchema(componentsSchema(doc));
const compiled = new Map<string, ValidateFunction>();

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
  const value = entry?.[1];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The declared response for a status: exact (`404`), then a range (`4XX`), then `default`. */
function declaredResponse(op: Operation, status: number): Response | undefined {
  return op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`] ?? op.responses.default;
}

function isJson(mediaType: string): boolean {
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

/**
 * Every way the response breaks openapi.yaml's declaration for `operationId`, one line each; empty
 * when it conforms. `body` is the parsed JSON (or the text, for non-JSON responses; `undefined` or ''
 * for none).
 */
export function validateResponse(
  operationId: OperationId,
  status: number,
  headers: HeaderSource,
  body: unknown,
): string[] {
  const op = byId.get(operationId);
  if (op === undefined) return [`${operationId} is not an operation of openapi.yaml`];
  const response = declaredResponse(op, status);
  if (response === undefined) {
    return [
      `status ${status} is not declared for ${operationId} (declared: ${Object.keys(op.responses).join(', ')})`,
    ];
  }

  const issues: string[] = [];
  for (const [name, declared] of Object.entries(response.headers ?? {})) {
    // Shared headers are `$ref`s to components/headers (Retry-After of every 429).
    const required = resolve<{ required?: boolean }>(doc, declared).required === true;
    if (required && header(headers, name.toLowerCase()) === undefined)
      issues.push(`header ${name} is missing`);
  }

  const content = response.content ?? {};
  const mediaTypes = Object.keys(content);
  const empty = body === undefined || body === null || body === '';
  if (mediaTypes.length === 0) {
    if (!empty) issues.push(`status ${status} of ${operationId} declares no body, but one was sent`);
    return issues;
  }
  const contentType = (header(headers, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const mediaType = mediaTypes.find((m) => m.toLowerCase() === contentType);
  if (mediaType === undefined) {
    issues.push(`content-type "${contentType}" is not declared (declared: ${mediaTypes.join(', ')})`);
    return issues;
  }
  if (!isJson(mediaType)) {
    if (typeof body !== 'string') issues.push(`a ${mediaType} body must be text`);
    return issues;
  }

  const key = `${operationId} ${status} ${mediaType}`;
  let validate = compiled.get(key);
  if (validate === undefined) {
    validate = ajv.compile(toJsonSchema(content[mediaType]?.schema ?? {}) as object);
    compiled.set(key, validate);
  }
  if (!validate(body)) {
    for (const issue of toIssues(validate.errors, 'body')) issues.push(`${issue.path}: ${issue.message}`);
  }
  return issues;
}

/** Throws with every violation when the response does not match openapi.yaml. */
export function expectValidResponse(
  operationId: OperationId,
  status: number,
  headers: HeaderSource,
  body: unknown,
): void {
  const issues = validateResponse(operationId, status, headers, body);
  if (issues.length > 0) {
    throw new Error(`response ${status} of ${operationId} violates openapi.yaml:\n  ${issues.join('\n  ')}`);
  }
}
