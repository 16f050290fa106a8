// Turns ajv's errors into the `errors` of a validation problem: one `{ path, message }` per thing the
// caller has to fix, with paths written the way they would be in code (`body.rules[0].clauses[1].op`)
// and messages a person can act on. The noisy part is `oneOf`: ajv reports every branch's errors and
// then "must match exactly one schema"; we keep only what tells the caller what to change.
import type { ErrorObject } from 'ajv';

export interface Issue {
  path: string;
  message: string;
}

/** `/rules/0/clauses/1/op` under `body` → `body.rules[0].clauses[1].op`. */
export function toPath(prefix: string, instancePath: string, child?: string): string {
  const segments = instancePath === '' ? [] : instancePath.slice(1).split('/');
  if (child !== undefined) segments.push(child);
  let path = prefix;
  for (const raw of segments) {
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (/^\d+$/.test(segment)) path += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) path += path === '' ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

function quoteList(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

function message(error: ErrorObject, prefix: string): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `must have required property '${String(p.missingProperty)}'`;
    case 'additionalProperties':
      return prefix === 'body'
        ? `unknown property "${String(p.additionalProperty)}"`
        : `unknown parameter "${String(p.additionalProperty)}"`;
    case 'enum':
      return `must be one of: ${quoteList(p.allowedValues as unknown[])}`;
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case 'type': {
      const types = Array.isArray(p.type) ? (p.type as string[]) : String(p.type).split(',');
      return `must be ${types.map((t) => (t === 'integer' ? 'an integer' : t === 'object' ? 'an object' : t === 'array' ? 'an array' : t === 'null' ? 'null' : `a ${t}`)).join(' or ')}`;
    }
    case 'format':
      return `must be a valid ${String(p.format)}`;
    case 'discriminator':
      return p.error === 'mapping'
        ? `unknown ${String(p.tag)} ${JSON.stringify(p.tagValue)}`
        : `must have required property '${String(p.tag)}' (a string)`;
    case 'minProperties':
      return p.limit === 1 ? 'must not be empty' : (error.message ?? 'is not valid');
    default:
      return error.message ?? 'is not valid';
  }
}

function isUnder(instancePath: string, parent: string): boolean {
  return instancePath === parent || instancePath.startsWith(`${parent}/`);
}

/**
 * Replaces a failed `oneOf` and the branch errors that precede it. If some branch got past the top
 * level (its errors are deeper than the oneOf's value), that branch is the one the caller meant: keep
 * its errors. Otherwise summarise at the value: `must be a string or null`, `must have one of the
 * properties …`, or that it matches no allowed shape.
 */
function collapseOneOf(oneOf: ErrorObject, branches: ErrorObject[]): ErrorObject[] {
  const at = oneOf.instancePath;
  if ((oneOf.params as { passingSchemas?: unknown }).passingSchemas) {
    return [{ ...oneOf, message: 'matches more than one allowed shape' }];
  }
  const deeper = branches.filter((e) => e.instancePath !== at);
  if (deeper.length > 0) return deeper;
  if (branches.length > 0 && branches.every((e) => e.keyword === 'type')) {
    const types = [
      ...new Set(branches.flatMap((e) => String((e.params as { type: unknown }).type).split(','))),
    ];
    return [{ ...oneOf, keyword: 'type', params: { type: types } }];
  }
  if (branches.length > 0 && branches.every((e) => e.keyword === 'required')) {
    const props = branches.map(
      (e) => `'${String((e.params as { missingProperty: unknown }).missingProperty)}'`,
    );
    return [{ ...oneOf, message: `must have one of the properties ${[...new Set(props)].join(', ')}` }];
  }
  return [{ ...oneOf, message: 'does not match any allowed shape' }];
}

/** ajv's errors for the request part `prefix` (`body`, `query`, `headers`, `params`) as issues. */
export function toIssues(errors: readonly ErrorObject[] | null | undefined, prefix: string): Issue[] {
  const kept: ErrorObject[] = [];
  for (const error of errors ?? []) {
    if (error.keyword === 'oneOf') {
      // ajv pushes a oneOf's branch errors just before the oneOf error itself.
      let start = kept.length;
      while (start > 0 && isUnder((kept[start - 1] as ErrorObject).instancePath, error.instancePath)) start--;
      kept.push(...collapseOneOf(error, kept.splice(start)));
    } else if (error.keyword !== 'if') {
      kept.push(error);
    }
  }
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const error of kept) {
    // An unknown discriminator value is the tag's fault, not the whole object's.
    const tag = error.keyword === 'discriminator' && (error.params as { error?: string }).error === 'mapping';
    const child = tag ? String((error.params as { tag: unknown }).tag) : undefined;
    const issue = { path: toPath(prefix, error.instancePath, child), message: message(error, prefix) };
    const key = `${issue.path}\u0000${issue.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  return issues;
}
