// References between flags and segments, as data: the segments rules name through segmentMatch, the
// flags a configuration names as prerequisites, who depends on whom, how deep each chain goes, and the
// cycles and over-deep chains as paths of keys (arrays, never text to parse back). Reference graphs must
// be finite and acyclic for evaluation to terminate. Dependency-free: `@ff/engine/references`, so the
// API, the SDK, the CLI and the Terraform provider all read references the same way.

/**
 * For every key, the length of the longest chain of references starting from it (0 when it
 * references nothing known), or `Infinity` when following references from it can revisit a key.
 * References to unknown keys are ignored. Iterative, so long chains cannot overflow the stack.
 */
export function chainDepths(
  keys: readonly string[],
  edges: (key: string) => readonly string[],
): Map<string, number> {
  const known = new Set(keys);
  const depth = new Map<string, number>();
  const onStack = new Set<string>();
  for (const root of keys) {
    if (depth.has(root)) continue;
    const stack: { key: string; next: number; children: readonly string[]; max: number }[] = [];
    const push = (key: string): void => {
      onStack.add(key);
      stack.push({ key, next: 0, children: edges(key).filter((k) => known.has(k)), max: -1 });
    };
    push(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.next < top.children.length) {
        const child = top.children[top.next++]!;
        if (onStack.has(child)) top.max = Infinity;
        else if (depth.has(child)) top.max = Math.max(top.max, depth.get(child)!);
        else push(child);
        continue;
      }
      stack.pop();
      onStack.delete(top.key);
      const d = top.max + 1;
      depth.set(top.key, d);
      const parent = stack[stack.length - 1];
      if (parent !== undefined) parent.max = Math.max(parent.max, d);
    }
  }
  return depth;
}

/** The segment keys a segment's rules reference through `segmentMatch`. */
export function segmentReferences(segment: { rules?: unknown }): string[] {
  const out: string[] = [];
  if (!Array.isArray(segment.rules)) return out;
  for (const rule of segment.rules as { clauses?: unknown }[]) {
    if (rule === null || typeof rule !== 'object' || !Array.isArray(rule.clauses)) continue;
    for (const c of rule.clauses as { op?: unknown; values?: unknown }[]) {
      if (c !== null && typeof c === 'object' && c.op === 'segmentMatch' && Array.isArray(c.values)) {
        for (const v of c.values) if (typeof v === 'string') out.push(v);
      }
    }
  }
  return out;
}

/**
 * The segment keys `rules` (a flag's or a segment's) name in `segmentMatch` clauses, each once, in order
 * of first mention. Tolerant of unvalidated input: anything malformed names nothing.
 */
export function segmentsNamed(rules: unknown): string[] {
  return [...new Set(segmentReferences({ rules }))];
}

/** The flag keys a configuration names as prerequisites, each once (tolerant of unvalidated input). */
export function prerequisiteFlags(config: { prerequisites?: unknown } | null | undefined): string[] {
  const list = config?.prerequisites;
  if (!Array.isArray(list)) return [];
  const out = new Set<string>();
  for (const p of list as { flag?: unknown }[])
    if (p !== null && typeof p === 'object' && typeof p.flag === 'string') out.add(p.flag);
  return [...out];
}

/**
 * Every key reachable from `roots` by following `edges`, the roots included. Each key is expanded once,
 * so cycles end; iterative, so long chains cannot overflow the stack.
 */
export function reachable(roots: Iterable<string>, edges: (key: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...roots];
  for (let key = todo.pop(); key !== undefined; key = todo.pop()) {
    if (seen.has(key)) continue;
    seen.add(key);
    for (const next of edges(key)) if (!seen.has(next)) todo.push(next);
  }
  return seen;
}

/**
 * `keys` ordered so that each comes after the keys of the same set that `names(key)` lists for it (the
 * order to create things that reference each other in). Deterministic: ties go by key; a cycle keeps
 * key order where it closes. Iterative, so long chains cannot overflow the stack.
 */
export function referencesFirst(
  keys: readonly string[],
  names: (key: string) => readonly string[],
): string[] {
  const inSet = new Set(keys);
  const done = new Set<string>();
  const onPath = new Set<string>();
  const order: string[] = [];
  const frame = (key: string) => {
    onPath.add(key);
    return { key, next: names(key).filter((k) => inSet.has(k)), i: 0 };
  };
  for (const root of [...keys].sort()) {
    if (done.has(root)) continue;
    const stack = [frame(root)];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.i < top.next.length) {
        const key = top.next[top.i++]!;
        if (!done.has(key) && !onPath.has(key)) stack.push(frame(key));
        continue;
      }
      stack.pop();
      onPath.delete(top.key);
      done.add(top.key);
      order.push(top.key);
    }
  }
  return order;
}

/** What is wrong with a reference chain: it revisits a key, or it nests deeper than allowed. */
export interface ChainIssue {
  /** The key the chain starts from. */
  readonly key: string;
  readonly kind: 'cycle' | 'depth';
  /**
   * The chain as keys, from `key` on. For a cycle it ends with the first key it revisits (`[a, b, c, b]`:
   * b → c → b is the cycle); for depth it is a longest chain (depth = `path.length - 1`).
   */
  readonly path: readonly string[];
}

/**
 * The keys whose reference chains cycle or nest deeper than `maxDepth`, each with the offending path as
 * keys (not text to parse back), in `keys` order; `only` limits which keys are reported (all by
 * default). References to unknown keys are ignored, as in {@link chainDepths}. Iterative.
 */
export function chainIssues(
  keys: readonly string[],
  edges: (key: string) => readonly string[],
  maxDepth: number,
  only?: Iterable<string>,
): ChainIssue[] {
  const known = new Set(keys);
  const children = (k: string) => edges(k).filter((c) => known.has(c));
  const depths = chainDepths(keys, edges);
  const wanted = only === undefined ? keys : [...only].filter((k) => known.has(k));
  const out: ChainIssue[] = [];
  for (const key of wanted) {
    const depth = depths.get(key)!;
    if (depth === Infinity) out.push({ key, kind: 'cycle', path: cycleFrom(key, children, depths) });
    else if (depth > maxDepth) out.push({ key, kind: 'depth', path: deepestFrom(key, children, depths) });
  }
  return out;
}

// Follows children whose depth is Infinity (they lead into a cycle) until a key repeats. Every step
// stays on such keys, so the walk ends within keys.size + 1 steps.
function cycleFrom(
  key: string,
  children: (key: string) => string[],
  depths: ReadonlyMap<string, number>,
): string[] {
  const path = [key];
  const at = new Set([key]);
  for (let k = key; ;) {
    const next = children(k).find((c) => at.has(c) || depths.get(c) === Infinity);
    if (next === undefined) return path; // cannot happen for a key of infinite depth
    path.push(next);
    if (at.has(next)) return path;
    at.add(next);
    k = next;
  }
}

// Follows, from an acyclic key, a child of the greatest depth until one references nothing.
function deepestFrom(
  key: string,
  children: (key: string) => string[],
  depths: ReadonlyMap<string, number>,
): string[] {
  const path = [key];
  for (let k = key; depths.get(k)! > 0;) {
    const want = depths.get(k)! - 1;
    k = children(k).find((c) => depths.get(c) === want)!;
    path.push(k);
  }
  return path;
}

/** The keys that reference each key (the inverse of `edges`), for "who depends on this". */
export function dependentsOf(
  keys: readonly string[],
  edges: (key: string) => readonly string[],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const from of keys)
    for (const to of new Set(edges(from))) {
      const list = out.get(to);
      if (list === undefined) out.set(to, [from]);
      else list.push(from);
    }
  return out;
}
