// Reads openapi.yaml into a small model that the generator (scripts/generate.ts), the spec's own
// invariant tests and the response contract helper share, so all three see the operations the same way:
// path-level parameters merged under operation-level ones, local `$ref`s resolved.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const specPath = fileURLToPath(new URL('../../../openapi.yaml', import.meta.url));

export const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type Method = (typeof methods)[number];

export type JsonObject = { [key: string]: unknown };

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonObject;
  description?: string;
}

export interface MediaType {
  schema?: JsonObject;
}

export interface RequestBody {
  required?: boolean;
  content: Record<string, MediaType>;
}

export interface Response {
  description: string;
  headers?: Record<string, unknown>;
  content?: Record<string, MediaType>;
}

export interface Operation {
  method: Method;
  path: string;
  /** Where the operation sits in the document, for error messages: `post /api/v1/projects`. */
  where: string;
  raw: JsonObject;
  operationId: string | undefined;
  permission: unknown;
  /** `x-ff-refusals`: the rules (RefusalRule) that may refuse a request its schemas accept. */
  refusals: unknown;
  /** `security: []` on the operation. */
  public: boolean;
  parameters: Parameter[];
  requestBody: RequestBody | undefined;
  /** Status code (as written: '200', '4XX', 'default') → response, `$ref`s resolved. */
  responses: Record<string, Response>;
}

export interface Document {
  openapi: string;
  paths: Record<string, JsonObject>;
  components: { schemas: Record<string, JsonObject> } & JsonObject;
  [key: string]: unknown;
}

export function loadDocument(path = specPath): Document {
  return parse(readFileSync(path, 'utf8')) as Document;
}

/** Follows a local `$ref` (`#/components/…`) until it reaches a non-reference object. */
export function resolve<T>(doc: Document, value: unknown): T {
  let current = value;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops++) {
    const ref = current.$ref;
    if (!ref.startsWith('#/') || hops > 20) throw new Error(`cannot resolve $ref ${ref}`);
    let target: unknown = doc;
    for (const part of ref.slice(2).split('/')) {
      const key = part.replaceAll('~1', '/').replaceAll('~0', '~');
      target = isObject(target) ? target[key] : undefined;
    }
    if (target === undefined) throw new Error(`$ref ${ref} points at nothing`);
    current = target;
  }
  return current as T;
}

/** Every operation, in document order. */
export function listOperations(doc: Document): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const shared = ((item.parameters as unknown[]) ?? []).map((p) => resolve<Parameter>(doc, p));
    for (const method of methods) {
      const raw = item[method];
      if (!isObject(raw)) continue;
      const own = ((raw.parameters as unknown[]) ?? []).map((p) => resolve<Parameter>(doc, p));
      const key = (p: Parameter) => `${p.in}:${p.name.toLowerCase()}`;
      const ownKeys = new Set(own.map(key));
      const responses: Record<string, Response> = {};
      for (const [status, response] of Object.entries((raw.responses as JsonObject) ?? {})) {
        responses[status] = resolve<Response>(doc, response);
      }
      operations.push({
        method,
        path,
        where: `${method} ${path}`,
        raw,
        operationId: typeof raw.operationId === 'string' ? raw.operationId : undefined,
        permission: raw['x-ff-permission'],
        refusals: raw['x-ff-refusals'] ?? [],
        public: Array.isArray(raw.security) && raw.security.length === 0,
        parameters: [...shared.filter((p) => !ownKeys.has(key(p))), ...own],
        requestBody: raw.requestBody === undefined ? undefined : resolve<RequestBody>(doc, raw.requestBody),
        responses,
      });
    }
  }
  return operations;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The spec's schemas as one JSON Schema 2020-12 resource that operation schemas point into, with what
 * only OpenAPI understands taken out: `example`, `x-…` extensions and the discriminator's `mapping`
 * (ajv reads the tag from each branch's `const`; the spec test checks that the mapping agrees).
 */
export const schemaId = 'https://ff.dev/openapi.json';

export function toJsonSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toJsonSchema);
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === 'example' || key === 'examples' || key.startsWith('x-')) continue;
    if (key === '$ref' && typeof child === 'string' && child.startsWith('#/components/schemas/')) {
      out.$ref = `${schemaId}#/$defs/${child.slice('#/components/schemas/'.length)}`;
    } else if (key === 'discriminator' && isObject(child)) {
      out.discriminator = { propertyName: child.propertyName };
    } else if (key === 'properties' && isObject(child)) {
      // Property names are data, not keywords: never strip a property called `example`.
      out.properties = Object.fromEntries(Object.entries(child).map(([k, v]) => [k, toJsonSchema(v)]));
    } else {
      out[key] = toJsonSchema(child);
    }
  }
  return out;
}

/** The schema resource holding every component schema under `$defs`. */
export function componentsSchema(doc: Document): JsonObject {
  return {
    $id: schemaId,
    $defs: toJsonSchema(doc.components.schemas) as JsonObject,
  };
}
