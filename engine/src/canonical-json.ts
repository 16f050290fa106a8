// JSON text with object keys sorted, so equal values give equal text whatever their key order (jsonb and
// people reorder keys; Terraform's jsonencode sorts them). Dependency-free, like ./operators, so the CLI
// can use it without loading the evaluator.

/** `JSON.stringify` of `value` with every object's keys in sorted order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
