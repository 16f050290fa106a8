// Which flags exist, for `ff refs`: from the API (live and archived), or offline from a flags.yaml
// (`ff export`'s format) or a JSON snapshot ({ "flags": [{ "key", "archived" }] }, as `ff codegen --from`).
import { readFileSync } from 'node:fs';
import type { FfClient } from '@ff/client';
import { allPages } from '../flags-as-code/remote.ts';

export type KnownFlags = Map<string, { archived: boolean }>;

export async function keysFromApi(api: FfClient, project: string): Promise<KnownFlags> {
  const known: KnownFlags = new Map();
  for (const archived of [false, true]) {
    const flags = await allPages(
      async (cursor) =>
        (await api.listFlags({ path: { project }, query: { archived, limit: 500, cursor } })).data,
    );
    for (const f of flags) known.set(f.key, { archived });
  }
  return known;
}

/** Reads a flags file; throws an Error with a readable message when it is not one. */
export async function keysFromFile(path: string): Promise<KnownFlags> {
  const text = readFileSync(path, 'utf8');
  const { parse } = await import('yaml');
  const doc = parse(text) as { flags?: unknown } | null;
  const flags = doc?.flags;
  const known: KnownFlags = new Map();
  const add = (key: unknown, spec: unknown) => {
    if (typeof key !== 'string') throw new Error(`${path}: a flag without a key`);
    const archived = (spec as { archived?: unknown } | null)?.archived === true;
    known.set(key, { archived });
  };
  if (Array.isArray(flags)) for (const f of flags) add((f as { key?: unknown } | null)?.key, f);
  else if (typeof flags === 'object' && flags !== null)
    for (const [key, spec] of Object.entries(flags)) add(key, spec);
  else
    throw new Error(
      `${path}: no "flags" (expected a flags.yaml from \`ff export\` or { "flags": [{ "key": … }] })`,
    );
  return known;
}
