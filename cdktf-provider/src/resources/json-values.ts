// Variation and clause values are JSON in the API and strings in Terraform. The state spells them as
// `jsonencode` does (object keys sorted, no spaces), and keeps whatever spelling the configuration
// used while it means the same JSON, so `"{ \"a\": 1 }"` and `jsonencode({ a = 1 })` never show a diff.
import type { Json } from '@ff/engine';
import { canonicalJson } from '@ff/engine/canonical-json';

export function parseJson(text: string): { ok: true; value: Json } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as Json };
  } catch (thrown) {
    return { ok: false, message: thrown instanceof Error ? thrown.message : String(thrown) };
  }
}

/** `previous` when it is the same JSON as `value` (keeping the user's spelling), else the canonical spelling. */
export function spellJson(value: Json, previous: string | undefined): string {
  const canonical = canonicalJson(value);
  if (previous === undefined) return canonical;
  const parsed = parseJson(previous);
  return parsed.ok && canonicalJson(parsed.value) === canonical ? previous : canonical;
}
