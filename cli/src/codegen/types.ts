// TypeScript types for a flag's values, written as source text. Strings and numbers become unions of
// their variations' literals (a `switch` over them is exhaustive, a default outside them is a compile
// error); JSON variations are widened to their structure (a literal banner text would make every other
// text a type error), and structurally identical variations collapse into one member.
import type { CodegenFlag } from './model.ts';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A property name as TypeScript source: bare when it is an identifier, quoted otherwise. */
export function propertyName(name: string): string {
  return IDENTIFIER.test(name) ? name : quote(name);
}

/** A single-quoted string literal (the house style), escaping what must be escaped. */
export function quote(value: string): string {
  return `'${JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

function literal(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'number';
  return JSON.stringify(value);
}

function union(members: string[]): string {
  const unique = [...new Set(members)];
  if (unique.length === 0) return 'never';
  return unique.join(' | ');
}

/** The widened structural type of one JSON value. Object properties are sorted for stable output. */
export function jsonType(value: unknown, depth = 0): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (depth > 16) return 'unknown';
  if (Array.isArray(value)) {
    if (value.length === 0) return 'unknown[]';
    const element = union(value.map((v) => jsonType(v, depth + 1)));
    return element.includes(' ') ? `(${element})[]` : `${element}[]`;
  }
  if (typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .map((k) => `${propertyName(k)}: ${jsonType((value as Record<string, unknown>)[k], depth + 1)}`);
    return entries.length === 0 ? 'Record<string, never>' : `{ ${entries.join('; ')} }`;
  }
  return 'unknown';
}

/** The type the SDKs return for this flag's value. */
export function valueType(flag: CodegenFlag): string {
  const values = flag.variations.map((v) => v.value);
  switch (flag.kind) {
    case 'boolean':
      return 'boolean';
    case 'string':
      return union(values.filter((v) => typeof v === 'string').map(literal));
    case 'number':
      return union(values.filter((v) => typeof v === 'number').map(literal));
    case 'json':
      return union(values.map((v) => jsonType(v)));
  }
}
