// Helpers every resource shares: reading typed attributes from a state or plan, import IDs, ETags,
// and telling "gone" (404) apart from other API errors.
import { ApiError } from '@ff/client';
import { KEY_PATTERN } from '@ff/engine/limits';
import { DiagnosticsError, error } from '../plugin/diagnostics.ts';
import { Unknown } from '../plugin/dynamic.ts';
import type { ObjectValue, Value } from '../plugin/dynamic.ts';
import type { Attribute } from '../plugin/schema.ts';

export function str(o: ObjectValue, name: string): string {
  const v = o[name];
  if (typeof v !== 'string') throw new Error(`${name} must be a known string`);
  return v;
}

export function optStr(o: ObjectValue, name: string): string | undefined {
  const v = o[name];
  return typeof v === 'string' ? v : undefined;
}

export function num(o: ObjectValue, name: string): number {
  const v = o[name];
  if (typeof v !== 'number') throw new Error(`${name} must be a known number`);
  return v;
}

export function bool(o: ObjectValue, name: string, fallback = false): boolean {
  const v = o[name];
  return typeof v === 'boolean' ? v : fallback;
}

export function strings(v: Value | undefined): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
}

export function objects(v: Value | undefined): ObjectValue[] {
  return Array.isArray(v)
    ? v.filter(
        (o): o is ObjectValue => o !== null && o !== Unknown && typeof o === 'object' && !Array.isArray(o),
      )
    : [];
}

export function isKnown(v: Value | undefined): boolean {
  return v !== Unknown && v !== undefined;
}

/** The version in an `ETag: "<version>"` header. */
export function versionOf(headers: unknown): number | undefined {
  const etag = (headers as Record<string, unknown> | undefined)?.etag;
  const m = typeof etag === 'string' ? /^(?:W\/)?"?(\d+)"?$/.exec(etag) : null;
  return m ? Number(m[1]) : undefined;
}

/** `If-Match` for the version Terraform last saw, when it has one. */
export function ifMatch(version: number | undefined): { headers?: { 'If-Match': string } } {
  return version === undefined ? {} : { headers: { 'If-Match': `"${version}"` } };
}

export function isGone(thrown: unknown): boolean {
  return thrown instanceof ApiError && thrown.status === 404;
}

/** Runs a read; a 404 means the resource is gone (null), anything else is an error. */
export async function orGone<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (thrown) {
    if (isGone(thrown)) return null;
    throw thrown;
  }
}

/** Splits an import ID into its parts, or fails naming the documented format. */
export function importParts(id: string, format: string): string[] {
  const parts = id.split('/');
  const expected = format.split('/').length;
  if (parts.length !== expected || parts.some((p) => !KEY_PATTERN.test(p)))
    throw new DiagnosticsError([error('Invalid import ID', `Expected "${format}", got "${id}".`)]);
  return parts;
}

// Attribute building blocks, so the same wording describes the same thing everywhere.
export const keyPattern = 'lowercase letters, digits, `.`, `_` and `-`, starting with a letter or digit';

export function projectAttr(what: string): Attribute {
  return {
    type: 'string',
    required: true,
    forceNew: true,
    description: `Key of the project ${what} belongs to. Changing it re-creates the resource.`,
  };
}

export const idAttr = (format: string): Attribute => ({
  type: 'string',
  computed: true,
  stable: true,
  description: `The resource's ID, \`${format}\` (also its import ID).`,
});
