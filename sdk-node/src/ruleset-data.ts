// Turning what the server sends (put / patch / delete, or a polled config) into the next ruleset, with
// every payload checked by the engine's own schemas first: a malformed payload is refused as a whole and
// the last good ruleset stays in use. Pure functions, so every rule here has a unit test without sockets.
import { formatPath, RulesetFlagSchema, validateRuleset, validateSegment } from '@ff/engine';
import type { Ruleset, RulesetFlag, Segment, ValidationIssue } from '@ff/engine';
import { segmentsNamed } from '@ff/engine/references';

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

// Below the current version, a change is a replay. At it, it is not: one commit can reach several flags
// and segments, and the server sends each as its own event of that version (the SSE id only on the
// last), so the second event of a version must apply after the first has moved the version on. Applying
// a change of the current version again is harmless: a patch or delete sets its value outright.
const isStale = (current: Ruleset, version: number) =>
  current.version !== undefined && version < current.version;

/** A checked `patch` or `delete`: one flag or segment to set (`value`) or remove (`value` undefined). */
export interface ParsedChange {
  readonly version: number;
  readonly kind: 'flag' | 'segment';
  readonly key: string;
  readonly value: RulesetFlag | Segment | undefined;
}

/** The outcome of checking one `patch` or `delete` against the ruleset in use. */
export type Parsed =
  | { readonly ok: true; readonly change: ParsedChange }
  | { readonly ok: false; readonly error: string }
  | { readonly ok: 'stale' };

/**
 * Checks a `patch` event: one flag or segment replaced. The entry must pass the engine's schema for
 * its kind (a ruleset flag: definition + configuration; a segment) and carry the key it is sent under.
 * References to other flags and segments are not re-checked here: the server sends related changes as
 * separate events, and the compiler already treats an unknown reference as not matching.
 */
export function parsePatch(current: Ruleset, input: unknown): Parsed {
  const change = parseChange(input, 'patch');
  if (typeof change === 'string') return { ok: false, error: change };
  if (isStale(current, change.version)) return { ok: 'stale' };
  const { version, kind, key } = change;
  if (kind === 'flag') {
    const parsed = RulesetFlagSchema.safeParse(change.value);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
      return { ok: false, error: `invalid flag "${key}": ${describe(issues)}` };
    }
    if (parsed.data.key !== key) return { ok: false, error: `flag "${key}" carries another key` };
    return { ok: true, change: { version, kind, key, value: parsed.data } };
  }
  const checked = validateSegment(change.value);
  if (!checked.ok) return { ok: false, error: `invalid segment "${key}": ${describe(checked.issues)}` };
  if (checked.value.key !== key) return { ok: false, error: `segment "${key}" carries another key` };
  return { ok: true, change: { version, kind, key, value: checked.value } };
}

/** Checks a `delete` event: a flag archived or deleted, or a segment deleted. */
export function parseDelete(current: Ruleset, input: unknown): Parsed {
  const change = parseChange(input, 'delete');
  if (typeof change === 'string') return { ok: false, error: change };
  if (isStale(current, change.version)) return { ok: 'stale' };
  return {
    ok: true,
    change: { version: change.version, kind: change.kind, key: change.key, value: undefined },
  };
}

/** `current` with `change` applied, as a new ruleset (`current` is left as it is). */
function withChange(current: Ruleset, change: ParsedChange): Ruleset {
  const replaced = <T>(table: Record<string, T>): Record<string, T> => {
    if (change.value !== undefined) return { ...table, [change.key]: change.value as T };
    const { [change.key]: _gone, ...rest } = table;
    return rest;
  };
  return change.kind === 'flag'
    ? { ...current, version: change.version, flags: replaced(current.flags) }
    : { ...current, version: change.version, segments: replaced(current.segments) };
}

/** Applies a `patch` event (see {@link parsePatch}), returning a new ruleset. */
export function applyPatch(current: Ruleset, input: unknown): Applied {
  const parsed = parsePatch(current, input);
  return parsed.ok === true ? { ok: true, ruleset: withChange(current, parsed.change) } : parsed;
}

/** Applies a `delete` event (see {@link parseDelete}), returning a new ruleset. */
export function applyDelete(current: Ruleset, input: unknown): Applied {
  const parsed = parseDelete(current, input);
  return parsed.ok === true ? { ok: true, ruleset: withChange(current, parsed.change) } : parsed;
}

/**
 * Applies a checked change to `doc` itself and returns the flags whose evaluation may differ (see
 * {@link changedFlags}). Performance note: nothing is copied and only the changed entry is compared, so
 * a patch costs the size of what it carries plus one scan of the flags' references, not a copy of the
 * ruleset.
 */
export function applyInPlace(doc: Ruleset, change: ParsedChange, dependents?: Dependents): string[] {
  const table = (change.kind === 'flag' ? doc.flags : doc.segments) as Record<string, unknown>;
  const before = Object.hasOwn(table, change.key) ? table[change.key] : undefined;
  if (change.value === undefined) delete table[change.key];
  else table[change.key] = change.value;
  doc.version = change.version;
  if (change.kind === 'flag')
    dependents?.replace(before as RulesetFlag | undefined, change.value as RulesetFlag | undefined);
  const same =
    before === change.value ||
    (before !== undefined &&
      change.value !== undefined &&
      JSON.stringify(before) === JSON.stringify(change.value));
  if (same) return [];
  const flags = new Set<string>(change.kind === 'flag' ? [change.key] : []);
  const segments = new Set<string>(change.kind === 'segment' ? [change.key] : []);
  return dependents === undefined ? propagate(doc, flags, segments) : dependents.reach(doc, flags, segments);
}

/**
 * Which flags name each flag (as a prerequisite) and each segment (in a rule), kept current by
 * {@link applyInPlace}, so the flags a patch reaches are found without scanning every flag.
 * Build it from the ruleset before the first patch it is given.
 */
export class Dependents {
  readonly #byFlag = new Map<string, Set<string>>();
  readonly #bySegment = new Map<string, Set<string>>();

  constructor(doc: Ruleset) {
    for (const flag of Object.values(doc.flags)) this.#edit(flag, true);
  }

  /** A flag entry went from `before` to `after` (either may be absent). */
  replace(before: RulesetFlag | undefined, after: RulesetFlag | undefined): void {
    if (before !== undefined) this.#edit(before, false);
    if (after !== undefined) this.#edit(after, true);
  }

  #edit(flag: RulesetFlag, add: boolean): void {
    const edit = (index: Map<string, Set<string>>, key: string) => {
      const users = index.get(key);
      if (add) index.set(key, (users ?? new Set()).add(flag.key));
      else if (users !== undefined) {
        users.delete(flag.key);
        if (users.size === 0) index.delete(key);
      }
    };
    for (const p of flag.config.prerequisites) edit(this.#byFlag, p.flag);
    for (const s of segmentsNamed(flag.config.rules)) edit(this.#bySegment, s);
  }

  /** What {@link changedFlags} derives from these changed flags and segments, through the index. */
  reach(doc: Ruleset, flags: Set<string>, segments: Set<string>): string[] {
    for (let grew = segments.size > 0; grew;) {
      grew = false;
      for (const [key, segment] of Object.entries(doc.segments)) {
        if (segments.has(key)) continue;
        if (segmentsNamed(segment.rules).some((s) => segments.has(s))) {
          segments.add(key);
          grew = true;
        }
      }
    }
    const todo = [...flags];
    for (const s of segments) for (const f of this.#bySegment.get(s) ?? []) todo.push(f);
    for (let key = todo.pop(); key !== undefined; key = todo.pop()) {
      flags.add(key);
      for (const d of this.#byFlag.get(key) ?? []) if (!flags.has(d)) todo.push(d);
    }
    return [...flags].sort();
  }
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
  return propagate(after, flags, segments);
}

/**
 * Grows `flags` and `segments` (changed ones) by what depends on them in `after`, until nothing new is
 * reached: a segment naming a changed segment, a flag naming a changed segment in a rule, a flag whose
 * prerequisite changed. Returns the flags, sorted.
 */
function propagate(after: Ruleset, flags: Set<string>, segments: Set<string>): string[] {
  for (let grew = segments.size > 0; grew;) {
    grew = false;
    for (const [key, segment] of Object.entries(after.segments)) {
      if (segments.has(key)) continue;
      if (segmentsNamed(segment.rules).some((s) => segments.has(s))) {
        segments.add(key);
        grew = true;
      }
    }
  }
  // Performance note: only flags with prerequisites or (when segments changed) rules can be reached, so
  // one scan collects those, and the passes until nothing grows walk them alone.
  let candidates: RulesetFlag[] = [];
  for (const flag of Object.values(after.flags)) {
    const config = flag.config;
    if (config.prerequisites.length > 0 || (segments.size > 0 && config.rules.length > 0))
      candidates.push(flag);
  }
  for (let grew = true; grew;) {
    grew = false;
    const rest: RulesetFlag[] = [];
    for (const flag of candidates) {
      if (flags.has(flag.key)) continue;
      const config = flag.config;
      if (
        config.prerequisites.some((p) => flags.has(p.flag)) ||
        (segments.size > 0 && segmentsNamed(config.rules).some((s) => segments.has(s)))
      ) {
        flags.add(flag.key);
        grew = true;
      } else rest.push(flag);
    }
    candidates = rest;
  }
  return [...flags].sort();
}
