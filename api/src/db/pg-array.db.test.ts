// Array literals round-trip through the database unchanged (PGlite, or PostgreSQL with DATABASE_URL).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDb } from '../../test/db.ts';
import type { TestDb } from '../../test/db.ts';
import { pgArray } from './pg-array.ts';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb({ migrated: false });
});
afterAll(() => t?.destroy());

it('reads back every string and number as it was sent', async () => {
  const strings = [
    'plain',
    '',
    'NULL',
    'a,b',
    '{x}',
    'say "hi"',
    'back\\slash\\',
    ' spaced ',
    'line\nbreak',
    'ünï ☃ 𝄞',
  ];
  const { rows } = (await t.db.raw('select unnest(cast(? as text[])) as v', [
    pgArray([...strings, null]),
  ])) as {
    rows: { v: string | null }[];
  };
  expect(rows.map((r) => r.v)).toEqual([...strings, null]);
  const numbers = [0, -1.5, 1e21, 123456.789, 5e-324];
  const read = (await t.db.raw('select unnest(cast(? as float8[])) as v', [pgArray(numbers)])) as {
    rows: { v: number }[];
  };
  expect(read.rows.map((r) => Number(r.v))).toEqual(numbers);
});
