// One flag or segment of a ruleset replaced in place, and what that can change: the patch step that
// sdk-node runs for each stream `patch`/`delete` and the API runs on its cached ruleset for each
// committed change, so both apply a change the same way. Pure: data in, data out; no I/O.
import type { CompiledRuleset } from './compile.ts';
import { segmentsNamed } from './graph.ts';
import type { Ruleset, RulesetFlag } from './ruleset-schema.ts';
import type { Segment } from './schema.ts';

/** One flag or segment to set (`value`) or remove (`value` undefined), at the ruleset version `version`. */
export interface RulesetChange {
  readonly version: number;
  readonly kind: 'flag' | 'segment';
  readonly key: string;
  readonly value: RulesetFlag | Segment | undefined;
}

const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Applies `change` to `doc` itself and returns the flags whose evaluation may differ (see
 * {@link changedFlags}). Performance note: nothing is copied and only the changed entry is compared, so
 * a patch costs the size of what it carries plus, with a {@link Dependents} index, the flags it reaches;
 * without one, one scan of the flags' references.
 */
export function applyChange(doc: Ruleset, change: RulesetChange, dependents?: Dependents): string[] {
  const table = (change.kind === 'flag' ? doc.flags : doc.segments) as Record<string, unknown>;
  const before = Object.hasOwn(table, change.key) ? table[change.key] : undefined;
  if (change.value === undefined) delete table[change.key];
  else table[change.key] = change.value;
  doc.version = change.version;
  if (change.kind === 'flag')
    dependents?.replace(before as RulesetFlag | undefined, change.value as RulesetFlag | undefined);
  if (sameJson(before, change.value)) return [];
  const flags = new Set<string>(change.kind === 'flag' ? [change.key] : []);
  const segments = new Set<string>(change.kind === 'segment' ? [change.key] : []);
  return dependents === undefined ? propagate(doc, flags, segments) : dependents.reach(doc, flags, segments);
}

/**
 * Applies `change` to a ruleset document and to its compiled form together (the document in place, the
 * compiled ruleset through {@link CompiledRuleset.setFlag} / {@link CompiledRuleset.setSegment}), and
 * returns the flags whose evaluation may differ. `compiled` may be absent (not compiled yet).
 */
export function patchRuleset(
  doc: Ruleset,
  compiled: CompiledRuleset | undefined,
  change: RulesetChange,
  dependents?: Dependents,
): string[] {
  const flags = applyChange(doc, change, dependents);
  if (change.kind === 'flag') compiled?.setFlag(change.key, change.value, change.version);
  else compiled?.setSegment(change.key, change.value, change.version);
  return flags;
}

/**
 * Which flags name each flag (as a prerequisite) and each segment (in a rule), kept current by
 * {@link applyChange}, so the flags a patch reaches are found without scanning every flag.
 * Build it from the ruleset before the first change it is given.
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

  /** Whether any flag's rules name the segment `key`. */
  segmentNamed(key: string): boolean {
    return this.#bySegment.has(key);
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
    growSegments(doc, segments);
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
 */
export function changedFlags(before: Ruleset | undefined, after: Ruleset): string[] {
  const prev = before ?? { flags: {}, segments: {} };
  const flags = new Set<string>();
  const segments = new Set<string>();
  for (const key of new Set([...Object.keys(prev.flags), ...Object.keys(after.flags)]))
    if (!sameJson(prev.flags[key], after.flags[key])) flags.add(key);
  for (const key of new Set([...Object.keys(prev.segments), ...Object.keys(after.segments)]))
    if (!sameJson(prev.segments[key], after.segments[key])) segments.add(key);
  return propagate(after, flags, segments);
}

/** Grows `segments` by every segment whose rules reach one of them, until nothing new is reached. */
function growSegments(doc: Ruleset, segments: Set<string>): void {
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
}

/**
 * Grows `flags` and `segments` (changed ones) by what depends on them in `after`, until nothing new is
 * reached: a segment naming a changed segment, a flag naming a changed segment in a rule, a flag whose
 * prerequisite changed. Returns the flags, sorted.
 */
function propagate(after: Ruleset, flags: Set<string>, segments: Set<string>): string[] {
  growSegments(after, segments);
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
