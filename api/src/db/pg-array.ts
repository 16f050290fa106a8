// Postgres array literals, for passing a column of values as ONE bound parameter (`cast(? as text[])`
// with unnest): knex expands a JavaScript array binding into a list of placeholders, and a literal is
// what node-postgres would send for an array anyway, so the same SQL runs on PGlite.

/**
 * `values` as a Postgres array literal: strings double-quoted with `\` and `"` escaped (every other
 * character is literal inside quotes), numbers as written, null as NULL.
 */
export function pgArray(values: readonly (string | number | null | undefined)[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += ',';
    const v = values[i];
    if (v === null || v === undefined) out += 'NULL';
    else if (typeof v === 'number') out += String(v);
    else out += `"${v.replace(/[\\"]/g, '\\$&')}"`;
  }
  return `${out}}`;
}
