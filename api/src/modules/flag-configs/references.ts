// What a flag configuration is checked against before it is stored: the flag's variations, the
// project's flags (prerequisites) and segments (segmentMatch), archived flags, and the prerequisite graph
// of the environment (no cycles, no chains deeper than the engine evaluates). The engine's validators do
// the checking; this module gathers their inputs and adds the two rules that need the database's view.
import type { Knex } from 'knex';
import { configReach, MAX_PREREQUISITE_DEPTH, validateFlagConfig } from '@ff/engine';
import type { ReachConfig, ValidationIssue, ValidationResult } from '@ff/engine';
import { chainIssues } from '@ff/engine/references';
import type { FlagRow } from '../flags/store.ts';
import { projectFlags, segmentKeys, segmentKeysAmong, shareLockFlags } from '../flags/store.ts';
import type { StoredConfig } from './store.ts';
import { configsOfProject, prerequisiteNeighbours } from './store.ts';

export interface ConfigContext {
  flag: { key: string; variations: readonly unknown[]; archived: boolean };
  refs: { flags: Record<string, { variations: readonly unknown[] }>; segments: Record<string, true> };
  archived: Set<string>;
  /** Prerequisite flag keys of every other flag in the environment: the graph a new configuration joins. */
  graph: Map<string, string[]>;
  /** The flags the stored configuration already names as prerequisites (known acyclic, may be archived). */
  current: ReadonlySet<string>;
  /**
   * Set when the context holds only what the configurations seen so far name (see
   * {@link openConfigContext}): which flag and segment keys were looked up, and whether the
   * prerequisite graph around the flag was loaded. Absent: the whole project was loaded.
   */
  narrow?: {
    environmentId: string;
    flags: Set<string>;
    segments: Set<string>;
    /** Flags whose prerequisite chains were loaded, and whether the flags leading to this one were. */
    graph: Set<string>;
    upward: boolean;
  };
}

export async function loadConfigContext(
  db: Knex,
  projectId: string,
  environmentId: string,
  flag: FlagRow,
  current: StoredConfig,
): Promise<ConfigContext> {
  // One after another: inside a transaction they share one connection (pg refuses overlapping queries).
  const flags = await projectFlags(db, projectId);
  const segments = await segmentKeys(db, projectId);
  const configs = await configsOfProject(db, projectId, environmentId);
  const ctx: ConfigContext = {
    flag: { key: flag.key, variations: flag.variations, archived: flag.archived },
    refs: { flags: {}, segments: Object.fromEntries(segments.map((k) => [k, true as const])) },
    archived: new Set(),
    graph: new Map(),
    current: new Set((current.prerequisites ?? []).map((p) => p.flag)),
  };
  for (const f of flags) {
    ctx.refs.flags[f.key] = { variations: f.key === flag.key ? flag.variations : f.variations };
    if (f.archived) ctx.archived.add(f.key);
  }
  for (const c of configs) {
    if (c.flag_key !== flag.key)
      ctx.graph.set(
        c.flag_key,
        (c.config.prerequisites ?? []).map((p) => p.flag),
      );
  }
  return ctx;
}

/**
 * The flag and segment keys a configuration names (prerequisites, segmentMatch), whether on or off. The
 * input is unchecked: one the engine cannot read names nothing, and its schema issues are what the
 * validation reports.
 */
function namedBy(config: unknown): { flags: string[]; segments: string[] } {
  const c = (config ?? {}) as { prerequisites?: unknown; rules?: unknown };
  const prerequisites = Array.isArray(c.prerequisites) ? (c.prerequisites as unknown[]) : [];
  const flags = prerequisites
    .map((p) => (p as { flag?: unknown } | null)?.flag)
    .filter((k): k is string => typeof k === 'string');
  const segments: string[] = [];
  for (const rule of Array.isArray(c.rules) ? (c.rules as unknown[]) : []) {
    try {
      const only = { on: true, offVariation: 0, fallthrough: {}, rules: [rule] } as unknown as ReachConfig;
      segments.push(...configReach(only).segments);
    } catch {
      // A rule the engine cannot read names nothing; the schema check reports it.
    }
  }
  return { flags, segments };
}

/**
 * The context for writing one flag's configuration, loaded for what `current` names only: the flags
 * and segments it references. {@link completeConfigContext} adds what a new configuration names, so a
 * write costs what the change touches, not the size of the project (a kill switch loads no other flag).
 */
export async function openConfigContext(
  db: Knex,
  projectId: string,
  environmentId: string,
  flag: FlagRow,
  current: StoredConfig,
): Promise<ConfigContext> {
  const ctx: ConfigContext = {
    flag: { key: flag.key, variations: flag.variations, archived: flag.archived },
    refs: { flags: { [flag.key]: { variations: flag.variations } }, segments: {} },
    archived: new Set(flag.archived ? [flag.key] : []),
    graph: new Map(),
    current: new Set((current.prerequisites ?? []).map((p) => p.flag)),
    narrow: {
      environmentId,
      flags: new Set([flag.key]),
      segments: new Set(),
      graph: new Set(),
      upward: false,
    },
  };
  await loadReferences(db, projectId, ctx, [current]);
  return ctx;
}

/** Looks up the flags and segments `configs` name that `ctx` has not looked up yet (a narrow context). */
export async function loadReferences(
  db: Knex,
  projectId: string,
  ctx: ConfigContext,
  configs: readonly unknown[],
): Promise<void> {
  const narrow = ctx.narrow;
  if (narrow === undefined) return;
  const flags = new Set<string>();
  const segments = new Set<string>();
  for (const config of configs) {
    const named = namedBy(config);
    for (const k of named.flags) if (!narrow.flags.has(k)) flags.add(k);
    for (const k of named.segments) if (!narrow.segments.has(k)) segments.add(k);
  }
  if (flags.size > 0) {
    const rows = await projectFlags(db, projectId, [...flags]);
    for (const f of rows) {
      ctx.refs.flags[f.key] = { variations: f.variations };
      if (f.archived) ctx.archived.add(f.key);
    }
    for (const k of flags) narrow.flags.add(k);
  }
  if (segments.size > 0) {
    for (const k of await segmentKeysAmong(db, projectId, [...segments])) ctx.refs.segments[k] = true;
    for (const k of segments) narrow.segments.add(k);
  }
}

/**
 * Loads the prerequisite graph that a configuration naming `prerequisites` can change: the chains below
 * them and the chains of flags that lead to this flag. A new cycle must pass through this flag, and a
 * chain that grows too deep runs through it, so nothing else of the environment matters. Each side stops
 * after MAX_PREREQUISITE_DEPTH + 1 levels: a chain that long is refused whatever lies beyond.
 */
async function loadGraph(
  db: Knex,
  projectId: string,
  ctx: ConfigContext,
  prerequisites: readonly string[],
): Promise<void> {
  const narrow = ctx.narrow!;
  const add = (rows: Awaited<ReturnType<typeof prerequisiteNeighbours>>) => {
    const found: string[] = [];
    for (const r of rows) {
      ctx.refs.flags[r.key] ??= { variations: r.variations };
      narrow.flags.add(r.key);
      if (r.archived) ctx.archived.add(r.key);
      // This flag's stored edges are what the write replaces.
      if (r.key === ctx.flag.key) continue;
      const edges = (r.prerequisites ?? []).map((p) => p.flag);
      ctx.graph.set(r.key, edges);
      found.push(...edges);
    }
    return found;
  };
  let down = prerequisites.filter((k) => k !== ctx.flag.key && !narrow.graph.has(k));
  for (let level = 0; down.length > 0 && level <= MAX_PREREQUISITE_DEPTH; level++) {
    for (const k of down) narrow.graph.add(k);
    const rows = await prerequisiteNeighbours(db, projectId, narrow.environmentId, { keys: down });
    down = [...new Set(add(rows))].filter((k) => k !== ctx.flag.key && !narrow.graph.has(k));
  }
  if (narrow.upward) return;
  narrow.upward = true;
  let up = [ctx.flag.key];
  const seen = new Set(up);
  for (let level = 0; up.length > 0 && level <= MAX_PREREQUISITE_DEPTH; level++) {
    const rows = await prerequisiteNeighbours(db, projectId, narrow.environmentId, { naming: up });
    add(rows);
    up = rows.map((r) => r.key).filter((k) => !seen.has(k));
    for (const k of up) seen.add(k);
  }
}

/**
 * Makes a narrow context ready to check `configs`: their references looked up and, when one adds a
 * prerequisite, the prerequisite graph around the flag loaded. A full context is ready already.
 */
export async function completeConfigContext(
  db: Knex,
  projectId: string,
  ctx: ConfigContext,
  configs: readonly unknown[],
): Promise<void> {
  if (ctx.narrow === undefined) return;
  await loadReferences(db, projectId, ctx, configs);
  const named = configs.map((c) => namedBy(c).flags);
  if (named.every((flags) => flags.every((k) => ctx.current.has(k)))) return;
  await loadGraph(db, projectId, ctx, [...new Set(named.flat())]);
}

/**
 * Locks the flags a configuration names as prerequisites (for share) and refreshes what `ctx` knows of
 * them: archiving such a flag or removing its variations (which lock it for update) then waits for this
 * write, and sees it.
 */
export async function lockPrerequisites(
  trx: Knex,
  projectId: string,
  ctx: ConfigContext,
  config: { prerequisites?: readonly { flag: string }[] | undefined },
): Promise<void> {
  const keys = (config.prerequisites ?? []).map((p) => p.flag).filter((k) => k !== ctx.flag.key);
  const fresh = await shareLockFlags(trx, projectId, keys);
  const found = new Set(fresh.map((f) => f.key));
  for (const key of keys) {
    if (!found.has(key)) delete ctx.refs.flags[key];
    ctx.narrow?.flags.add(key);
  }
  for (const f of fresh) {
    ctx.refs.flags[f.key] = { variations: f.variations };
    if (f.archived) ctx.archived.add(f.key);
    else ctx.archived.delete(f.key);
  }
}

/**
 * The cycle or over-deep chain `prerequisites` would create in the environment, found by the engine's
 * reference graph (@ff/engine/references) as a path of flag keys. Stored configurations are acyclic and
 * within the depth limit, so only a configuration that adds prerequisites needs the check, and an issue
 * found is one this flag's new prerequisites make: reported from this flag when its own chain has it,
 * otherwise from the flag whose chain now passes through it.
 */
function graphIssue(
  ctx: ConfigContext,
  prerequisites: readonly { flag: string }[],
): ValidationIssue | undefined {
  const own = prerequisites.map((p) => p.flag);
  if (own.every((k) => ctx.current.has(k))) return undefined;
  const edges = new Map(ctx.graph);
  edges.set(ctx.flag.key, own);
  // A flag naming itself is the configuration validator's to report.
  const edgesOf = (key: string) => (edges.get(key) ?? []).filter((k) => k !== key);
  const keys = Object.keys(ctx.refs.flags);
  const issues = chainIssues(keys, edgesOf, MAX_PREREQUISITE_DEPTH);
  const found = issues.find((i) => i.key === ctx.flag.key) ?? issues[0];
  if (found === undefined) return undefined;
  const chain = found.path.map((k) => `"${k}"`).join(' → ');
  const message =
    found.kind === 'cycle'
      ? `prerequisites lead into a cycle in this environment: ${chain}`
      : `prerequisites nest ${found.path.length - 1} deep in this environment, more than the limit of ${MAX_PREREQUISITE_DEPTH}: ${chain}`;
  return { path: 'prerequisites', message };
}

/**
 * Validates a configuration for the flag of `ctx`: the engine's schema, variation indexes and references,
 * then no newly added archived prerequisite (for a live flag) and no prerequisite cycle. Paths are relative
 * to the configuration (`rules[0].clauses[1].op`).
 */
export function checkConfig(input: unknown, ctx: ConfigContext): ValidationResult<StoredConfig> {
  const result = validateFlagConfig(input, ctx.flag, ctx.refs);
  if (!result.ok) return result;
  const { version: _version, ...config } = result.value;
  const issues: ValidationIssue[] = [];
  if (!ctx.flag.archived) {
    config.prerequisites.forEach((p, i) => {
      if (ctx.archived.has(p.flag) && !ctx.current.has(p.flag)) {
        issues.push({ path: `prerequisites[${i}].flag`, message: `flag "${p.flag}" is archived` });
      }
    });
  }
  const cycle = graphIssue(ctx, config.prerequisites);
  if (cycle) issues.push(cycle);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: config };
}

export interface PrerequisiteUse {
  flag: string;
  environment: string;
  archived: boolean;
}

/** Where other flags name `flagKey` as a prerequisite, optionally only those requiring a variation ≥ `from`. */
export async function prerequisiteUses(
  db: Knex,
  projectId: string,
  flagKey: string,
  from = 0,
): Promise<PrerequisiteUse[]> {
  const configs = await configsOfProject(db, projectId);
  const uses: PrerequisiteUse[] = [];
  for (const c of configs) {
    if (c.flag_key === flagKey) continue;
    if ((c.config.prerequisites ?? []).some((p) => p.flag === flagKey && p.variation >= from)) {
      uses.push({ flag: c.flag_key, environment: c.environment_key, archived: c.flag_archived });
    }
  }
  return uses.sort((a, b) => a.flag.localeCompare(b.flag) || a.environment.localeCompare(b.environment));
}

/** `a (production), b (staging)`, at most `max` named. */
export function describeUses(uses: readonly PrerequisiteUse[], max = 10): string {
  const named = uses.slice(0, max).map((u) => `"${u.flag}" (${u.environment})`);
  return uses.length > max ? `${named.join(', ')} and ${uses.length - max} more` : named.join(', ');
}
