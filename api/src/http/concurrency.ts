// Optimistic concurrency: every mutable resource has an integer `version`, sent as a strong ETag
// (`"7"`); a write that carries If-Match with any other version is refused with 412 and changes nothing.
import type { Context } from 'koa';
import { PreconditionFailedError } from './errors.ts';

export function etagOf(version: number | string): string {
  return `"${version}"`;
}

/** Stands for an If-Match that can match no version (a weak or malformed tag): the write gets 412. */
export const unmatchable = -1;

/**
 * The version an If-Match header names, `undefined` when absent. `*` means "any current version"
 * (RFC 9110) and also reads as undefined. Anything that is not one of our strong ETags (a weak W/"7",
 * garbage) cannot match the current representation, so RFC 9110 makes it a 412, not a 400.
 */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header === '' || header.trim() === '*') return undefined;
  const m = /^\s*"(\d{1,15})"\s*$/.exec(header);
  return m ? Number(m[1]) : unmatchable;
}

/** Throws 412 when `expected` (from If-Match) is set and differs from the stored version. */
export function checkVersion(expected: number | undefined, current: number, what: string): void {
  if (expected === unmatchable) {
    throw new PreconditionFailedError('If-Match must be an ETag this API sent, like "7".');
  }
  if (expected !== undefined && expected !== current) {
    throw new PreconditionFailedError(
      `${what} is at version ${current}, not ${expected}: it changed since you read it. Fetch it again and retry.`,
    );
  }
}

export function setEtag(ctx: Context, version: number | string): void {
  ctx.set('ETag', etagOf(version));
}
