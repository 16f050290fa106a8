// What a plan is made of (one change per resource write, with its field-level before/after) and the
// comparisons the per-resource planners share. Pure.
import { sameJson } from '@ff/engine/config-equality';
import { referencesFirst } from '@ff/engine/references';
import type { ExperimentAction } from '@ff/engine';

export type ResourceType =
  'environment' | 'segment' | 'segmentMembers' | 'flag' | 'flagConfig' | 'metric' | 'experiment';

export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

export interface Change {
  action: 'create' | 'update' | 'delete';
  type: ResourceType;
  /** The environment, segment or flag key. */
  key: string;
  /** For flagConfig: the environment. */
  env?: string;
  /** What changes (for create: every field set; for delete: empty). */
  fields: FieldChange[];
  /** The remote version the change was computed from; undefined for creates. */
  version?: number;
  /** For segmentMembers: the keys to add and remove, per list. */
  members?: { add: MemberLists; remove: MemberLists };
  /** For experiment: the lifecycle transitions, in order, after the fields are written. */
  transitions?: ExperimentAction[];
}

export interface MemberLists {
  included: string[];
  excluded: string[];
}

/** The fields of `desired` that are set and differ from `actual`. */
export function changedFields(
  desired: object,
  actual: Record<string, unknown>,
  fields: readonly string[],
): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of fields) {
    const want = (desired as Record<string, unknown>)[field];
    if (want === undefined) continue; // omitted: not managed
    if (!sameJson(want, actual[field])) out.push({ field, before: actual[field], after: want });
  }
  return out;
}

export function setFields(spec: object, order: readonly string[]): FieldChange[] {
  return order.flatMap((field) => {
    const after = (spec as Record<string, unknown>)[field];
    return after === undefined ? [] : [{ field, after }];
  });
}

export function dependentsFirst(keys: readonly string[], names: (key: string) => string[]): string[] {
  return referencesFirst(keys, names).reverse();
}

export function sortedDiff(
  want: readonly string[],
  have: readonly string[],
): { add: string[]; remove: string[] } {
  const w = new Set(want);
  const h = new Set(have);
  return { add: [...w].filter((k) => !h.has(k)).sort(), remove: [...h].filter((k) => !w.has(k)).sort() };
}
