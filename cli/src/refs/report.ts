// The result of a scan, by flag: pure aggregation of what scan.ts found and what the flags are.
import type { FileReferences } from './scan.ts';
import type { ReferenceKind } from './matcher.ts';

/** What is known about a flag key: it exists (archived or not), or it does not (`unknown`). */
export type FlagStatus = 'live' | 'archived' | 'unknown';

export interface RefLocation {
  path: string;
  line: number;
  kind: ReferenceKind;
}

export interface FlagReferences {
  key: string;
  status: FlagStatus;
  /** Every reference (locations may be capped in what is pushed, never in this count). */
  references: number;
  locations: RefLocation[];
}

export interface RefsReport {
  root: string;
  repository: string | undefined;
  branch: string | undefined;
  commit: string | undefined;
  files: { scanned: number; skipped: number; ignored: number };
  bytes: number;
  durationMs: number;
  /** Referenced flags, sorted by key; their locations sorted by path and line. */
  flags: FlagReferences[];
}

/** The referenced flags from per-file findings and the known flags (key → archived). */
export function byFlag(
  files: readonly FileReferences[],
  known: ReadonlyMap<string, { archived: boolean }>,
): FlagReferences[] {
  const flags = new Map<string, FlagReferences>();
  for (const file of files)
    for (const ref of file.references) {
      let entry = flags.get(ref.key);
      if (!entry) {
        const flag = known.get(ref.key);
        entry = {
          key: ref.key,
          status: flag === undefined ? 'unknown' : flag.archived ? 'archived' : 'live',
          references: 0,
          locations: [],
        };
        flags.set(ref.key, entry);
      }
      entry.references++;
      entry.locations.push({ path: file.path, line: ref.line, kind: ref.kind });
    }
  const sorted = [...flags.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  for (const f of sorted)
    f.locations.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  return sorted;
}

/** The references `ff refs --check` fails on: to archived flags and to flags that do not exist. */
export function problems(report: Pick<RefsReport, 'flags'>): FlagReferences[] {
  return report.flags.filter((f) => f.status !== 'live');
}
