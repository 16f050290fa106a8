// What travels on the change bus: one message per environment whose version a committed transaction
// raised. Postgres NOTIFY carries it as JSON text on `changeChannel` (PGlite's in-process NOTIFY on the
// embedded database), so this file is the one place that knows the wire shape.

/** The NOTIFY channel every replica LISTENs on. */
export const changeChannel = 'ff_changes';

export type ChangeKind = 'flag' | 'segment' | 'environment';

/** What a write changed, as its caller names it: a flag, a segment, or the environment itself. */
export interface ChangeSubject {
  kind: ChangeKind;
  key: string;
}

/** One committed change of one environment: its version after the change, and what changed. */
export interface Change extends ChangeSubject {
  environmentId: string;
  version: number;
  /**
   * How many changes the commit announced for this environment at this version (one per subject), so a
   * listener knows when it has all of them (the ruleset cache patches a version only whole). Absent
   * from messages of older replicas: a listener then treats the version as unknown in extent.
   */
  subjects?: number;
}

const kinds: ReadonlySet<string> = new Set<ChangeKind>(['flag', 'segment', 'environment']);

/**
 * A NOTIFY payload as a Change, or undefined when it is not one (another writer on the channel, a
 * newer message shape): the bus skips what it cannot read rather than failing the connection.
 */
export function parseChange(payload: string): Change | undefined {
  let v: unknown;
  try {
    v = JSON.parse(payload);
  } catch {
    return undefined;
  }
  if (typeof v !== 'object' || v === null) return undefined;
  const c = v as Record<string, unknown>;
  if (typeof c.environmentId !== 'string' || c.environmentId === '') return undefined;
  if (typeof c.version !== 'number' || !Number.isSafeInteger(c.version) || c.version < 1) return undefined;
  if (typeof c.kind !== 'string' || !kinds.has(c.kind)) return undefined;
  if (typeof c.key !== 'string') return undefined;
  const change: Change = {
    environmentId: c.environmentId,
    version: c.version,
    kind: c.kind as ChangeKind,
    key: c.key,
  };
  if (typeof c.subjects === 'number' && Number.isSafeInteger(c.subjects) && c.subjects >= 1)
    change.subjects = c.subjects;
  return change;
}
