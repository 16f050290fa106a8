// Keyset paging: a cursor is the opaque, base64url-encoded sort key of the last item of a page, so
// pages stay stable while rows are added and cost the same however deep you page.
import { BadRequestError } from './errors.ts';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/** Decodes a cursor made by `encodeCursor`, checking its shape with `isValid`; 400 otherwise. */
export function decodeCursor<T>(cursor: string | undefined, isValid: (v: unknown) => v is T): T | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isValid(value)) return value;
  } catch {
    // fall through to the 400
  }
  throw new BadRequestError('The cursor is not one this API returned; start again without it.');
}

/**
 * Builds a page from up to `limit + 1` rows fetched in order: the extra row only tells that more exist.
 */
export function pageOf<R, T>(
  rows: R[],
  limit: number,
  position: (row: R) => unknown,
  view: (row: R) => T,
): Page<T> {
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  const last = items.at(-1);
  return {
    items: items.map(view),
    nextCursor: more && last !== undefined ? encodeCursor(position(last)) : null,
  };
}
