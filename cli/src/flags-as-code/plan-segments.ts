// The segments part of a plan: definitions (rules may name other segments: those go first), then member
// lists as keys to add and remove; with prune, deletion of the segments the file does not list.
import { normalizeRules } from '@ff/engine/config-equality';
import { referencesFirst, segmentsNamed } from '@ff/engine/references';
import type { FlagsFile, SegmentSpec } from './format.ts';
import type { RemoteState } from './remote.ts';
import { changedFields, dependentsFirst, setFields, sortedDiff } from './plan-changes.ts';
import type { Change } from './plan-changes.ts';

const segmentFields = ['name', 'description', 'rules'] as const;

export function planSegments(desired: FlagsFile, remote: RemoteState): Change[] {
  const changes: Change[] = [];
  const segmentKeys = Object.keys(desired.segments);
  for (const key of referencesFirst(segmentKeys, (k) => segmentsNamed(desired.segments[k]!.rules))) {
    const spec = desired.segments[key]!;
    const actual = remote.segments[key];
    if (!actual) {
      changes.push({
        action: 'create',
        type: 'segment',
        key,
        fields: setFields(spec, [...segmentFields, 'included', 'excluded']),
      });
      continue;
    }
    const fields = changedFields(
      { ...spec, rules: spec.rules && normalizeRules(spec.rules) },
      { ...actual, rules: normalizeRules(actual.rules) } as never,
      segmentFields,
    );
    if (fields.length > 0)
      changes.push({ action: 'update', type: 'segment', key, fields, version: actual.version });
    const included = sortedDiff(spec.included ?? actual.included, actual.included);
    const excluded = sortedDiff(spec.excluded ?? actual.excluded, actual.excluded);
    const counts = (d: { add: string[]; remove: string[] }, list: string) =>
      d.add.length + d.remove.length === 0
        ? []
        : [{ field: list, before: `${d.remove.length} removed`, after: `${d.add.length} added` }];
    const memberFields = [...counts(included, 'included'), ...counts(excluded, 'excluded')];
    if (memberFields.length > 0) {
      changes.push({
        action: 'update',
        type: 'segmentMembers',
        key,
        fields: memberFields,
        version: actual.version,
        members: {
          add: { included: included.add, excluded: excluded.add },
          remove: { included: included.remove, excluded: excluded.remove },
        },
      });
    }
  }

  return changes;
}

/** Deletions of the remote segments `gone` (a segment still named by another is refused: namers first). */
export function pruneSegments(remote: RemoteState, gone: readonly string[]): Change[] {
  const deletions: Change[] = [];
  const named = (k: string) => segmentsNamed(remote.segments[k]!.rules as SegmentSpec['rules']);
  for (const key of dependentsFirst(gone, named))
    deletions.push({
      action: 'delete',
      type: 'segment',
      key,
      fields: [],
      version: remote.segments[key]!.version,
    });
  return deletions;
}
