// The operation table (api/src/generated/operations.ts): what the API mounts, which permission each
// route needs, and what its request looks like, read from each operation of openapi.yaml.
import type { Document, Operation } from '../../api/src/spec/document.ts';
import { listOperations } from '../../api/src/spec/document.ts';

// `sdk:*` are held by SDK keys (modules/sdk/auth.ts), never by users or their tokens.
export const permissions = [
  'public',
  'self',
  'read',
  'flags:write',
  'project:admin',
  'org:admin',
  'sdk:server',
  'sdk:client',
  'sdk:any',
] as const;
const contentTypes = ['application/json', 'application/merge-patch+json', 'text/csv'] as const;
const mergePatch = 'application/merge-patch+json';

/** A spec that cannot be turned into code; the generator prints its message as one line and exits 1. */
export class SpecError extends Error {}

export interface OperationRow {
  operationId: string;
  method: Operation['method'];
  path: string;
  koaPath: string;
  permission: (typeof permissions)[number];
  public: boolean;
  requestContentType: Exclude<(typeof contentTypes)[number], typeof mergePatch> | null;
  requestContentTypes: (typeof contentTypes)[number][];
  bodyRequired: boolean;
  ifMatchRequired: boolean;
  pathParams: string[];
  refusals: string[];
}

/**
 * The request media types of `op`: one, or `application/json` then `application/merge-patch+json` on a
 * PATCH whose body is a merge patch (RFC 7396), with the same schema, since one validator reads both.
 */
function requestMediaTypes(op: Operation): string[] {
  const content = op.requestBody?.content ?? {};
  const media = Object.keys(content);
  for (const type of media) {
    if (!(contentTypes as readonly string[]).includes(type)) {
      throw new SpecError(`${op.operationId}: unsupported request content type ${type}`);
    }
  }
  if (media.length <= 1 && !media.includes(mergePatch)) return media;
  const sameSchema =
    JSON.stringify(content['application/json']?.schema) === JSON.stringify(content[mergePatch]?.schema);
  if (op.method !== 'patch' || media.join() !== `application/json,${mergePatch}` || !sameSchema) {
    throw new SpecError(
      `${op.operationId}: more than one request content type (only a PATCH may add ${mergePatch}, ` +
        'after application/json and with the same schema)',
    );
  }
  return media;
}

/** The rules the spec states (components.schemas.RefusalRule's enum); `x-ff-refusals` names only these. */
export function refusalRules(doc: Document): string[] {
  const rules = (doc.components.schemas.RefusalRule as { enum?: unknown } | undefined)?.enum;
  if (!Array.isArray(rules) || !rules.every((r) => typeof r === 'string')) {
    throw new SpecError('components.schemas.RefusalRule must be a string enum');
  }
  return rules as string[];
}

/** Checks what the rest of the pipeline relies on, and builds one row per operation. */
export function operationRows(doc: Document): OperationRow[] {
  const rows: OperationRow[] = [];
  const seen = new Set<string>();
  const rules = refusalRules(doc);
  for (const op of listOperations(doc)) {
    if (op.operationId === undefined) throw new SpecError(`${op.where} has no operationId`);
    if (!/^[a-z][A-Za-z0-9]*$/.test(op.operationId)) {
      throw new SpecError(`${op.where}: operationId "${op.operationId}" is not lowerCamelCase`);
    }
    if (seen.has(op.operationId)) throw new SpecError(`${op.where}: duplicate operationId ${op.operationId}`);
    seen.add(op.operationId);
    if (op.permission === undefined)
      throw new SpecError(`${op.operationId} (${op.where}) has no x-ff-permission`);
    if (!(permissions as readonly unknown[]).includes(op.permission)) {
      throw new SpecError(
        `${op.operationId} (${op.where}) has unknown x-ff-permission ${JSON.stringify(op.permission)}; ` +
          `expected one of ${permissions.join(', ')}`,
      );
    }
    const refusals = op.refusals;
    if (!Array.isArray(refusals) || refusals.some((r) => !rules.includes(r as string))) {
      throw new SpecError(
        `${op.operationId} (${op.where}) has x-ff-refusals ${JSON.stringify(refusals)}; ` +
          `expected a list of ${rules.join(', ')}`,
      );
    }
    const media = requestMediaTypes(op);
    const requestContentType = media[0] ?? null;
    const pathParams = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
    for (const name of pathParams) {
      if (!op.parameters.some((p) => p.in === 'path' && p.name === name)) {
        throw new SpecError(`${op.operationId}: path parameter {${name}} is not declared`);
      }
    }
    rows.push({
      operationId: op.operationId,
      method: op.method,
      path: op.path,
      koaPath: op.path.replace(/\{([^}]+)\}/g, ':$1'),
      permission: op.permission as OperationRow['permission'],
      public: op.public,
      requestContentType: requestContentType as OperationRow['requestContentType'],
      requestContentTypes: media as OperationRow['requestContentTypes'],
      bodyRequired: op.requestBody?.required === true,
      ifMatchRequired: op.parameters.some(
        (p) => p.in === 'header' && p.name.toLowerCase() === 'if-match' && p.required === true,
      ),
      pathParams,
      refusals: refusals as string[],
    });
  }
  return rows;
}

export function operationsModule(rows: OperationRow[], rules: string[]): string {
  const entries = rows.map((row) => `  ${row.operationId}: ${JSON.stringify(row)},`).join('\n');
  return `/** A permission the API checks before running an operation (the spec's \`x-ff-permission\`). */
export type Permission = ${permissions.map((p) => `'${p}'`).join(' | ')};

/**
 * A rule that refuses a request its schemas accept (components.schemas.RefusalRule); a problem's
 * \`errors[].rule\` names it, and an operation's \`x-ff-refusals\` lists the ones it may apply.
 */
export type RefusalRule = ${rules.map((r) => `'${r}'`).join(' | ')};

/** One operation of openapi.yaml, as the router mounts it. */
export interface OperationSpec {
  operationId: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** As written in the spec: \`/api/v1/projects/{project}\`. */
  path: string;
  /** The same path in Koa's syntax: \`/api/v1/projects/:project\`. */
  koaPath: string;
  permission: Permission;
  /** \`security: []\`: no token is needed. */
  public: boolean;
  /** The media type a body is sent as by default; the first of \`requestContentTypes\`. */
  requestContentType: 'application/json' | 'text/csv' | null;
  /** Every media type the body may have (others are 415): a merge-patch PATCH adds its own. */
  requestContentTypes: readonly ('application/json' | 'application/merge-patch+json' | 'text/csv')[];
  bodyRequired: boolean;
  /** A missing If-Match is 428 Precondition Required. */
  ifMatchRequired: boolean;
  /** In path order. Readonly, so the \`as const\` table below satisfies it. */
  pathParams: readonly string[];
  /** The rules that may refuse a request the schemas accept (\`x-ff-refusals\`). */
  refusals: readonly RefusalRule[];
}

/** Every operation of openapi.yaml, in document order. */
export const operations = {
${entries}
} as const satisfies Record<string, OperationSpec>;

export type OperationId = keyof typeof operations;
`;
}
