// Segment rules: validated by the engine (shape, operators, values, rule ids, and, through a ruleset of
// the project's segments, that `segmentMatch` names existing segments without cycles or over-deep
// chains), and rewritten when a segment they name is deleted with force.
import { formatPath, validateRuleset, validateSegment } from '@ff/engine';
import type { SegmentRule, ValidationIssue } from '@ff/engine';
import type { FieldIssue } from '../../http/errors.ts';

export type { SegmentRule };

/** The other segments of the project, by key, with their rules (the graph a segment joins). */
export type SegmentGraph = ReadonlyMap<string, unknown>;

function prefixed(issues: readonly ValidationIssue[], prefix: string): FieldIssue[] {
  return issues.map((i) => ({ path: i.path === '' ? prefix : `${prefix}.${i.path}`, message: i.message }));
}

/**
 * The rules of segment `key`, parsed, or the issues that refuse them, with paths under `prefix`
 * (`body` → `body.rules[0].clauses[1].op`). `others` must not contain `key`.
 */
export function checkSegmentRules(
  key: string,
  rules: unknown,
  others: SegmentGraph,
  prefix: string,
): { ok: true; rules: SegmentRule[] } | { ok: false; issues: FieldIssue[] } {
  const shape = validateSegment({ key, rules: rules ?? [] });
  if (!shape.ok) return { ok: false, issues: prefixed(shape.issues, prefix) };

  // The reference checks need the whole graph. Stored segments are valid, so every issue comes from this
  // one: reported on its rules when the engine names them, otherwise where an over-deep chain starts.
  const segments: Record<string, unknown> = { [key]: { key, rules: shape.value.rules } };
  for (const [k, r] of others) segments[k] = { key: k, rules: r };
  const graph = validateRuleset({ segments });
  if (graph.ok) return { ok: true, rules: shape.value.rules };

  const mine = formatPath(['segments', key]);
  const own = [] as FieldIssue[];
  const through = [] as FieldIssue[];
  for (const i of graph.issues) {
    const rest = i.path.startsWith(mine) ? i.path.slice(mine.length) : undefined;
    if (rest !== undefined && (rest === '' || rest[0] === '.' || rest[0] === '['))
      own.push({ path: `${prefix}${rest}`, message: i.message });
    else
      through.push({
        path: `${prefix}.rules`,
        message: `${i.message} (starting from segment "${keyOfPath(i.path)}")`,
      });
  }
  const issues = own.length > 0 ? own : through;
  return { ok: false, issues };
}

function keyOfPath(path: string): string {
  const m = /^segments(?:\["((?:[^"\\]|\\.)*)"\]|\.([A-Za-z_$][\w$]*))/.exec(path);
  return m?.[1] ?? m?.[2] ?? path;
}

/** The segment keys `rules` name in `segmentMatch` clauses, each once (tolerant of unvalidated input). */
export function referencedSegments(rules: unknown): string[] {
  const keys = new Set<string>();
  if (!Array.isArray(rules)) return [];
  for (const rule of rules as RuleLike[]) {
    if (rule === null || typeof rule !== 'object' || !Array.isArray(rule.clauses)) continue;
    for (const c of rule.clauses as ClauseLike[]) {
      if (c?.op === 'segmentMatch' && Array.isArray(c.values))
        for (const v of c.values) if (typeof v === 'string') keys.add(v);
    }
  }
  return [...keys];
}

interface ClauseLike {
  op?: unknown;
  values?: unknown;
}

interface RuleLike {
  clauses?: unknown;
}

/**
 * `rules` without any reference to segment `key`, and whether anything changed. The key is removed from
 * `segmentMatch` values; a clause left with no segment can never match again (an unknown segment never
 * matches, negated or not), so its whole rule is removed: dropping only the clause would make the rule
 * match everyone. Evaluation is therefore the same before and after, once the segment is gone.
 */
export function withoutSegment<R extends RuleLike>(
  rules: readonly R[],
  key: string,
): { rules: R[]; changed: boolean } {
  let changed = false;
  const out: R[] = [];
  for (const rule of rules) {
    if (!Array.isArray(rule.clauses)) {
      out.push(rule);
      continue;
    }
    let dead = false;
    let touched = false;
    const clauses = (rule.clauses as ClauseLike[]).map((c) => {
      if (c.op !== 'segmentMatch' || !Array.isArray(c.values) || !c.values.includes(key)) return c;
      touched = true;
      const values = c.values.filter((v) => v !== key);
      if (values.length === 0) dead = true;
      return { ...c, values };
    });
    if (touched) changed = true;
    if (!dead) out.push(touched ? { ...rule, clauses } : rule);
  }
  return { rules: changed ? out : [...rules], changed };
}
