// Segment rules: validated by the engine (shape, operators, values, rule ids; through a ruleset of the
// project's segments, that `segmentMatch` names existing segments; and, by its reference graph, no
// cycles or over-deep chains, found as paths of keys), and rewritten when a segment they name is
// deleted with force.
import { formatPath, MAX_PREREQUISITE_DEPTH, validateRuleset, validateSegment } from '@ff/engine';
import type { SegmentRule, ValidationIssue } from '@ff/engine';
import { chainIssues, segmentsNamed } from '@ff/engine/references';
import type { ChainIssue } from '@ff/engine/references';
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

  // Named segments must exist: the engine reports each unknown one where the rules name it. Stored
  // segments are valid, so every such issue is this segment's.
  const segments: Record<string, unknown> = { [key]: { key, rules: shape.value.rules } };
  for (const [k, r] of others) segments[k] = { key: k, rules: r };
  const graph = validateRuleset({ segments });
  const mine = formatPath(['segments', key]);
  const unknown = graph.ok
    ? []
    : graph.issues
        .filter((i) => i.path.startsWith(`${mine}.rules[`))
        .map((i) => ({ path: `${prefix}${i.path.slice(mine.length)}`, message: i.message }));
  if (unknown.length > 0) return { ok: false, issues: unknown };

  // No cycle or over-deep chain: any is one these rules make, reported from this segment when its own
  // chain has it, otherwise from the segment whose chain now passes through it.
  const edges = (k: string) => segmentsNamed(k === key ? shape.value.rules : others.get(k));
  const chains = chainIssues([key, ...others.keys()], edges, MAX_PREREQUISITE_DEPTH);
  const found = chains.find((c) => c.key === key) ?? chains[0];
  if (found === undefined) return { ok: true, rules: shape.value.rules };
  return { ok: false, issues: [{ path: `${prefix}.rules`, message: chainMessage(found, key) }] };
}

function chainMessage(found: ChainIssue, key: string): string {
  const chain = found.path.map((k) => `"${k}"`).join(' → ');
  const from = found.key === key ? '' : ` starting from segment "${found.key}"`;
  return found.kind === 'cycle'
    ? `segment references lead into a cycle${from}: ${chain}`
    : `segment references nest ${found.path.length - 1} deep${from}, more than the limit of ${MAX_PREREQUISITE_DEPTH}: ${chain}`;
}

/** The segment keys `rules` name in `segmentMatch` clauses, each once (tolerant of unvalidated input). */
export const referencedSegments = segmentsNamed;

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
