// Turning what the server sends (put / patch / delete, or a polled config) into the next ruleset, with
// every payload checked by the engine's own schemas first (its readers for what a server sends): a
// malformed payload is refused as a whole and the last good ruleset stays in use, while a clause with an
// operator this engine does not know (a newer server's) is kept and never matches, as the engine defines. Pure functions, so every rule here has a unit test without sockets.
import { readRuleset, readRulesetFlag, readSegment } from '@ff/engine';
import type { Ruleset, RulesetChange, ValidationIssue } from '@ff/engine';

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
  const checked = readRuleset(input);
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

/** A checked `patch` or `delete`: the engine's RulesetChange, applied with its `patchRuleset`. */
export type ParsedChange = RulesetChange;

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
    const parsed = readRulesetFlag(change.value);
    if (!parsed.ok) return { ok: false, error: `invalid flag "${key}": ${describe(parsed.issues)}` };
    if (parsed.value.key !== key) return { ok: false, error: `flag "${key}" carries another key` };
    return { ok: true, change: { version, kind, key, value: parsed.value } };
  }
  const checked = readSegment(change.value);
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
