// Reference graphs (prerequisites between flags, segmentMatch between segments) must be finite and
// acyclic for evaluation to terminate; this computes, once, how deep each chain goes.

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
