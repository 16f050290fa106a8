// PostgreSQL text and jsonb cannot hold U+0000, and jsonb refuses lone UTF-16 surrogates (which
// JSON.stringify writes as `\ud800`). Either would fail the INSERT with a 500, so a request carrying one
// is refused up front with a 422 that points at the string.
import { formatPath } from '@ff/engine';
import { ValidationError } from './errors.ts';
import type { FieldIssue } from './errors.ts';

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether PostgreSQL can store `s` as text and inside jsonb. */
export function isStorable(s: string): boolean {
  return !s.includes('\u0000') && !loneSurrogate.test(s);
}

function walk(value: unknown, path: PropertyKey[], out: FieldIssue[], max: number): void {
  if (out.length >= max) return;
  if (typeof value === 'string') {
    if (!isStorable(value))
      out.push({
        path: formatPath(path),
        message: 'contains U+0000 or an unpaired surrogate',
        rule: 'storable-text',
      });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, [...path, i], out, max));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (!isStorable(k))
        out.push({
          path: formatPath(path),
          message: 'has a property name PostgreSQL cannot store',
          rule: 'storable-text',
        });
      walk(v, [...path, k], out, max);
    }
  }
}

/** The (up to 20) strings of `value`, under `root`, that PostgreSQL cannot store. */
export function unstorable(value: unknown, root: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  walk(value, [root], issues, 20);
  return issues;
}

/** Throws a 422 naming (up to 20) strings of `value`, under `root`, that PostgreSQL cannot store. */
export function assertStorable(value: unknown, root = 'body'): void {
  const issues = unstorable(value, root);
  if (issues.length > 0) throw new ValidationError(issues);
}
