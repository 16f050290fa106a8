// How plan compares: by meaning, not spelling. Values are compared as canonical JSON (object keys
// sorted), and targeting spellings that mean the same are made equal first.
import type { FlagConfig } from '@ff/engine';
import { canonicalJson } from '@ff/engine/canonical-json';

export const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

// Spellings that mean the same targeting compare equal: `bucketBy` defaults to "key", `negate: false`
// is no negation, an absent rule description is none. Only comparison uses this; writes send the file.
function normalServe(serve: unknown): unknown {
  const s = serve as { rollout?: { bucketBy?: string } };
  return s?.rollout ? { ...s, rollout: { ...s.rollout, bucketBy: s.rollout.bucketBy ?? 'key' } } : serve;
}

function normalClauses(clauses: unknown): unknown {
  if (!Array.isArray(clauses)) return clauses;
  return clauses.map((c: { negate?: boolean }) => {
    if (c?.negate !== false) return c;
    const { negate: _negate, ...rest } = c;
    return rest;
  });
}

export function normalRules(rules: unknown): unknown {
  if (!Array.isArray(rules)) return rules;
  return rules.map((r: Record<string, unknown>) => {
    const out: Record<string, unknown> = { ...r, clauses: normalClauses(r.clauses) };
    if ('serve' in r) out.serve = normalServe(r.serve);
    if (out.description === undefined) delete out.description;
    return out;
  });
}

export const configFields = [
  'on',
  'offVariation',
  'prerequisites',
  'targets',
  'rules',
  'fallthrough',
] as const;

export function normalConfig(config: FlagConfig): Record<string, unknown> {
  return {
    on: config.on,
    offVariation: config.offVariation,
    prerequisites: config.prerequisites ?? [],
    targets: config.targets ?? [],
    rules: normalRules(config.rules ?? []),
    fallthrough: normalServe(config.fallthrough),
  };
}
