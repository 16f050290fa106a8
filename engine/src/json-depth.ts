// How deep the JSON the engine takes may nest: values a flag serves, and contexts. Contexts arrive from
// the network, so whoever takes one in measures it with jsonDepth (which never recurses) before anything
// walks it; the engine's own walks over stored values stay within MAX_JSON_DEPTH.

/**
 * The deepest a JSON value may nest, such as a variation's value or a context attribute's: objects and
 * arrays inside one another, where a scalar is 0 deep, `[]` 1 and `{"a":[1]}` 2.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * The deepest a context may nest: the context object itself, then attribute values at most
 * {@link MAX_JSON_DEPTH} deep. Clauses only read top-level attributes (and the elements of an array
 * attribute), so nothing deeper is ever needed.
 */
export const MAX_CONTEXT_DEPTH = MAX_JSON_DEPTH + 1;

/**
 * How deep `value` nests (see {@link MAX_JSON_DEPTH}), counted without recursion. It stops as soon as it
 * finds a level beyond `limit` and returns `limit + 1`, so an adversarial value (or a cyclic one) costs
 * no more than its first `limit + 1` levels.
 */
export function jsonDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    if (top.value === null || typeof top.value !== 'object') continue;
    const depth = top.depth + 1;
    if (depth > limit) return limit + 1;
    if (depth > deepest) deepest = depth;
    const children = Array.isArray(top.value) ? top.value : Object.values(top.value);
    for (const child of children) {
      if (child !== null && typeof child === 'object') stack.push({ value: child, depth });
    }
  }
  return deepest;
}
