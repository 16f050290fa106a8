// Turning what the server sends (put / patch / delete, or a polled config) into the next ruleset, with
// every payload checked by the engine's own schemas first: a malformed payload is refused as a whole and
// the last good ruleset stays in use. Pure functions, so every rule here has a unit test without sockets.
import { formatPath, RulesetFlagSchema, validateRuleset, validateSegment } from '@ff/engine';
import type { Ruleset, RulesetFlag, Segment, ValidationIssue } from '@ff/engine';

/** The outcome of applying one payload. */
export type Applied =
  | { readonly ok: true; readonly ruleset: Ruleset }
  | { readonly ok: false; readonly error: string }
  /** Already applied (a replayed or out-of-order patch): nothing to do. */
  | { readonly ok: 'stale' };

function describe(issues: readonly ValidationIssue[]): string {
  const shown = issues.slice(0, 3).map((i) => `${i.path === '' ? '(root)' : i.path}: ${i.message}`);
  return shown.join('; ') + (issues.length > 3 ? ` (+${issues.length - 3} more)` : '');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A whole ruleset (a stream `put`, a polled config, a bootstrap or snapshot file), validated in full. */
export function acceptRuleset(input: unknown): Applied {
  const checked = validateRuleset(input);
  if (!checked.ok) return { ok: false, error: `invalid ruleset: ${describe(checked.issues)}` };
  return { ok: true, ruleset: checked.value };
}

/** The envelope of `patch` and `delete` events. */
interface Change {
  version: number;
  kind: 'flag' | 'segment';
  key: string;
  value?: unknown;
}

function parseChange(input: unknown, what: string): Change | string {
  if (!isRecord(input)) return `${what}: not an object`;
  const { version, kind, key } = input;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0)
    return `${what}: version must be a non-negative integer`;
  if (kind !== 'flag' && kind !== 'segment') return `${what}: kind must be "flag" or "segment"`;
  if (typeof key !== 'string' || key === '') return `${what}: key must be a non-empty string`;
  return { version, kind, key, value: input.value };
}

const isStale = (current: Ruleset, version: number) =>
  current.version !== undefined && version <= current.version;

/**
 * Applies a `patch` event: one flag or segment replaced. The entry must pass the engine's schema for
 * its kind (a ruleset flag: definition + configuration; a segment) and carry the key it is sent under.
 * References to other flags and segments are not re-checked here: the server sends related changes as
 * separate events, and the compiler already treats an unknown reference as not matching.
 */
export function applyPatch(current: Ruleset, input: unknown): Applied {
  const change = parseChange(input, 'patch');
  if (typeof change === 'string') return { ok: false, error: change };
  if (isStale(current, change.version)) return { ok: 'stale' };
  if (change.kind === 'flag') {
    const parsed = RulesetFlagSchema.safeParse(change.value);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
      return { ok: false, error: `invalid flag "${change.key}": ${describe(issues)}` };
    }
    if (parsed.data.key !== change.key)
      return { ok: false, error: `flag "${change.key}" carries another key` };
    const flags: Record<string, RulesetFlag> = { ...current.flags, [change.key]: parsed.data };
    return { ok: true, ruleset: { ...current, version: change.version, flags } };
  }
  const checked = validateSegment(change.value);
  if (!checked.ok)
    return { ok: false, error: `invalid segment "${change.key}": ${describe(checked.issues)}` };
  if (checked.value.key !== change.key)
    return { ok: false, error: `segment "${change.key}" carries another key` };
  const segments: Record<string, Segment> = { ...current.segments, [change.key]: checked.value };
  return { ok: true, ruleset: { ...current, version: change.version, segments } };
}

/** Applies a `delete` event: a flag archived or deleted, or a segment deleted. */
export function applyDelete(current: Ruleset, input: unknown): Applied {
  const change = parseChange(input, 'delete');
  if (typeof change === 'string') return { ok: false, error: change };
  if (isStale(current, change.version)) return { ok: 'stale' };
  if (change.kind === 'flag') {
    const { [change.key]: _gone, ...flags } = current.flags;
    return { ok: true, ruleset: { ...current, version: change.version, flags } };
  }
  const { [change.key]: _gone, ...segments } = current.segments;
  return { ok: true, ruleset: { ...current, version: change.version, segments } };
}

function segmentRefs(clauses: readonly { op: string; values: readonly unknown[] }[]): string[] {
  return clauses.flatMap((c) =>
    c.op === 'segmentMatch' ? c.values.filter((v): v is string => typeof v === 'string') : [],
  );
}

/**
 * The flags whose evaluation may differ between two rulesets: those that changed, appeared or went
 * away, and those that depend on them through prerequisites or segments (segments through segments too).
 * Computed once per update, for the `change` event.
 */
export function changedFlags(before: Ruleset | undefined, after: Ruleset): string[] {
  const prev = before ?? { flags: {}, segments: {} };
  const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
  const flags = new Set<string>();
  const segments = new Set<string>();
  for (const key of new Set([...Object.keys(prev.flags), ...Object.keys(after.flags)]))
    if (!same(prev.flags[key], after.flags[key])) flags.add(key);
  for (const key of new Set([...Object.keys(prev.segments), ...Object.keys(after.segments)]))
    if (!same(prev.segments[key], after.segments[key])) segments.add(key);
  // Propagate until nothing new is reached: a segment naming a changed segment, a flag naming a changed
  // segment in a rule, a flag whose prerequisite changed.
  for (let grew = true; grew;) {
    grew = false;
    for (const [key, segment] of Object.entries(after.segments)) {
      if (segments.has(key)) continue;
      if (segment.rules.some((r) => segmentRefs(r.clauses).some((s) => segments.has(s)))) {
        segments.add(key);
        grew = true;
      }
    }
    for (const [key, flag] of Object.entries(after.flags)) {
      if (flags.has(key)) continue;
      const config = flag.config;
      if (
        config.prerequisites.some((p) => flags.has(p.flag)) ||
        config.rules.some((r) => segmentRefs(r.clauses).some((s) => segments.has(s)))
      ) {
        flags.add(key);
        grew = true;
      }
    }
  }
  return [...flags].sort();
}
