// What an environment's evaluation can depend on, so a write that does not name an environment can be
// judged by the environments it would change: the variations a configuration can serve, the segments
// its rules consult (directly or through other segments), and which changes of a flag's definition a
// configuration would show. Dependency-free: plain data in, keys and indexes out.

import { canonicalJson } from './canonical-json.ts';
import { reachable, segmentReferences } from './graph.ts';

/** The part of a serve that names variations (a fixed variation or a rollout's weights). */
interface ServeLike {
  variation?: number | undefined;
  rollout?: { weights: readonly { variation: number }[] } | undefined;
}

/** A flag configuration as stored or served; lists may be missing (treated as empty). */
export interface ReachConfig {
  on: boolean;
  offVariation: number;
  prerequisites?: readonly { flag: string }[] | undefined;
  targets?: readonly { variation: number }[] | undefined;
  rules?:
    | readonly { clauses: readonly { op: string; values: readonly unknown[] }[]; serve: ServeLike }[]
    | undefined;
  fallthrough: ServeLike;
}

/** What evaluating one flag configuration can serve and consult, besides the context. */
export interface ConfigReach {
  /**
   * The variation indexes it can serve, ascending. While it is off, only the off variation. While it is
   * on, every index it names: the off variation when it has prerequisites (a failed one serves it), each
   * target's, each rule's and the fallthrough's, every entry of a rollout (whatever its weight).
   */
  variations: number[];
  /** The segments its rules name with `segmentMatch`, each once; none while it is off. */
  segments: string[];
  /** The flags its prerequisites name, each once; none while it is off. */
  prerequisites: string[];
}

function serveIndexes(serve: ServeLike, out: Set<number>): void {
  if (serve.rollout !== undefined) for (const w of serve.rollout.weights) out.add(w.variation);
  else if (serve.variation !== undefined) out.add(serve.variation);
}

/** What evaluating `config` can serve and consult. See {@link ConfigReach}. */
export function configReach(config: ReachConfig): ConfigReach {
  if (!config.on) return { variations: [config.offVariation], segments: [], prerequisites: [] };
  const prerequisites = [...new Set((config.prerequisites ?? []).map((p) => p.flag))];
  const variations = new Set<number>();
  if (prerequisites.length > 0) variations.add(config.offVariation);
  for (const t of config.targets ?? []) variations.add(t.variation);
  for (const r of config.rules ?? []) serveIndexes(r.serve, variations);
  serveIndexes(config.fallthrough, variations);
  return {
    variations: [...variations].sort((a, b) => a - b),
    segments: [...new Set(segmentReferences(config))],
    prerequisites,
  };
}

/**
 * The segments an environment's evaluation can consult: those its `configs` name while on, and those
 * that these segments' rules name in turn (`segmentRules(key)`: a segment's rules, undefined for an
 * unknown one). A named segment that does not exist is included (it would be consulted if created).
 */
export function segmentsInUse(
  configs: Iterable<ReachConfig>,
  segmentRules: (key: string) => unknown,
): Set<string> {
  const roots: string[] = [];
  for (const config of configs) roots.push(...configReach(config).segments);
  return reachable(roots, (key) => segmentReferences({ rules: segmentRules(key) }));
}

/** A flag definition, as far as evaluation and client keys see it. */
export interface ReachDefinition {
  variations: readonly { name: string; value: unknown }[];
  clientSide?: boolean | undefined;
}

/** How a definition change shows in an environment configured with a given configuration. */
export interface DefinitionChange {
  /** Indexes it can serve whose value or name (OpenFeature's variant) differs, or that no longer exist. */
  variations: number[];
  /** Whether client keys start or stop seeing the flag. */
  clientSide: boolean;
}

/**
 * What an environment whose configuration of a flag is `config` would see of the flag's definition
 * changing from `before` to `after`. Changes to variations it cannot serve, to descriptions, and new
 * variations do not show. Prerequisites compare variation indexes, never values, so the flags that
 * require this one see nothing of a variation change either.
 */
export function definitionChange(
  config: ReachConfig,
  before: ReachDefinition,
  after: ReachDefinition,
): DefinitionChange {
  const variations = configReach(config).variations.filter((i) => {
    const a = before.variations[i];
    const b = after.variations[i];
    if (a === undefined || b === undefined) return a !== b;
    return a.name !== b.name || canonicalJson(a.value) !== canonicalJson(b.value);
  });
  return { variations, clientSide: (before.clientSide ?? false) !== (after.clientSide ?? false) };
}
