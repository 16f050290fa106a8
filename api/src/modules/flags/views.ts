// Rows → the spec's `Flag`, in one place (configurations: ../flag-configs/views.ts). What GET returns is
// also what audit entries snapshot, so revert can rebuild a flag from them.
import type { components } from '../../generated/openapi.ts';
import type { FlagRow } from './store.ts';
import type { FlagEnvironment } from '../flag-configs/views.ts';

export type Flag = components['schemas']['Flag'];

export function iso(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

export function flagView(row: FlagRow, environments?: Record<string, FlagEnvironment>): Flag {
  const flag: Flag = {
    key: row.key,
    name: row.name,
    description: row.description,
    kind: row.kind,
    variations: row.variations,
    tags: row.tags,
    owner: row.owner,
    temporary: row.temporary,
    clientSide: row.client_side,
    archived: row.archived,
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
  if (environments !== undefined) flag.environments = environments;
  return flag;
}
