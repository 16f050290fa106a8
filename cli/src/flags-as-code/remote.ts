// What a project looks like on the server, read through the generated client: environments, segments
// with their member keys, and flags (live and archived) with every environment's configuration, each
// with the version `plan` records and `apply` sends back as If-Match. Also the export: remote state →
// the flags.yaml document.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type {
  Environment,
  Experiment,
  FfClient,
  Flag,
  FlagEnvironment,
  MetricDefinition,
  Segment,
} from '@ff/client';
import type { FlagConfig } from '@ff/engine';
import { experimentSpecOf, ownedConfigs, readExperiments } from './experiments.ts';
import type { ExperimentSpec } from './experiments.ts';
import { metricSpecOf, readMetrics } from './metrics.ts';
import type { MetricSpec } from './metrics.ts';
import { FORMAT_VERSION } from './format.ts';
import type { FlagSpec, FlagsFile, SegmentSpec } from './format.ts';

export interface RemoteSegment extends Segment {
  included: string[];
  excluded: string[];
}

export interface RemoteFlag extends Flag {
  environments: Record<string, FlagEnvironment>;
}

export interface RemoteState {
  project: string;
  environments: Record<string, Environment>;
  segments: Record<string, RemoteSegment>;
  flags: Record<string, RemoteFlag>;
  /** Metric definitions by key (absent: none read). */
  metrics?: Record<string, MetricDefinition>;
  /** Live and archived experiments by key (absent: none read). */
  experiments?: Record<string, Experiment>;
}

const PAGE = 500;

/** Every item of a paged list (`{ items, nextCursor }`). */
export async function allPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return items;
}

/** Says how far a long read got, e.g. `Reading segment beta: 40,000 of 1,000,000 keys`. */
export type Progress = (text: string) => void;

const count = (n: number) => n.toLocaleString('en-US');

/**
 * One list of a segment's keys, streamed: one request however long the list (paging a million keys
 * 500 at a time took 2,000 requests and minutes). `onKeys` hears how many arrived so far.
 */
async function members(
  api: FfClient,
  project: string,
  segment: string,
  list: 'included' | 'excluded',
  onKeys: (n: number) => void,
): Promise<string[]> {
  const { data } = await api.exportSegmentMembers({
    path: { project, segment },
    query: { list },
    responseType: 'stream',
  });
  const keys: string[] = [];
  for await (const line of createInterface({ input: data as unknown as Readable, crlfDelay: Infinity })) {
    if (line === '') continue;
    keys.push(JSON.parse(line) as string);
    // Performance note: reported per 10,000 keys, not per key.
    if (keys.length % 10_000 === 0) onKeys(keys.length);
  }
  onKeys(keys.length);
  return keys;
}

/**
 * Reads the whole project. Requests run a few at a time: one per flag, one per segment list. `progress`
 * hears what is being read, with counts for segment keys.
 */
export async function readRemote(
  api: FfClient,
  project: string,
  progress: Progress = () => {},
): Promise<RemoteState> {
  progress(`Reading project ${project}`);
  const { data: proj } = await api.getProject({ path: { project } });
  const environments = Object.fromEntries(proj.environments.map((e) => [e.key, e]));

  const flagList = [false, true].map((archived) =>
    allPages(
      async (cursor) =>
        (await api.listFlags({ path: { project }, query: { archived, limit: PAGE, cursor } })).data,
    ),
  );
  const keys = (await Promise.all(flagList)).flat().map((f) => f.key);
  progress(`Reading ${count(keys.length)} flags`);
  const flags = await inBatches(
    keys,
    async (flag) => (await api.getFlag({ path: { project, flag } })).data as RemoteFlag,
  );

  const segmentList = await allPages(
    async (cursor) => (await api.listSegments({ path: { project }, query: { limit: PAGE, cursor } })).data,
  );
  // Segment keys: the total is known from the counts, so the progress says how far of it we are.
  const total = segmentList.reduce((n, s) => n + s.includedCount + s.excludedCount, 0);
  const arrived = new Map<string, number>();
  const onKeys = (list: string) => (n: number) => {
    arrived.set(list, n);
    const done = [...arrived.values()].reduce((a, b) => a + b, 0);
    progress(`Reading segment keys: ${count(done)} of ${count(total)}`);
  };
  const segments = await inBatches(segmentList, async (s) => ({
    ...s,
    included:
      s.includedCount > 0 ? await members(api, project, s.key, 'included', onKeys(`${s.key} included`)) : [],
    excluded:
      s.excludedCount > 0 ? await members(api, project, s.key, 'excluded', onKeys(`${s.key} excluded`)) : [],
  }));

  progress('Reading metrics and experiments');
  const metrics = await readMetrics(api, project);
  const experiments = await readExperiments(api, project);

  return {
    project,
    environments,
    metrics,
    experiments,
    segments: Object.fromEntries(segments.map((s) => [s.key, s])),
    flags: Object.fromEntries(flags.map((f) => [f.key, { ...f, environments: f.environments ?? {} }])),
  };
}

// Performance note: a project with hundreds of flags is read in parallel, but not all at once (the
// server throttles and a laptop's sockets are finite).
export async function inBatches<T, R>(
  items: readonly T[],
  fn: (item: T) => Promise<R>,
  size = 8,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size)
    out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}

// jsonb keeps object keys in its own order (shorter keys first), and a rollout stored without `bucketBy`
// means "key": the export writes targeting in one fixed field order with that default spelled out, so
// equal configurations give equal text whichever way they were written.
type Loose = Record<string, unknown>;

function ordered(source: Loose, fields: readonly string[]): Loose {
  const out: Loose = {};
  for (const f of fields) if (source[f] !== undefined) out[f] = source[f];
  return out;
}

function serveOf(serve: Loose): Loose {
  if (serve.rollout === undefined) return ordered(serve, ['variation']);
  const rollout = serve.rollout as Loose;
  return {
    rollout: {
      ...ordered({ bucketBy: 'key', ...rollout }, ['bucketBy', 'salt']),
      weights: (rollout.weights as Loose[]).map((w) => ordered(w, ['variation', 'weight'])),
    },
  };
}

function clausesOf(clauses: Loose[]): Loose[] {
  return clauses.map((c) => ordered(c, ['attribute', 'op', 'values', 'negate']));
}

/** A configuration as the file writes it: the targeting fields only, in a fixed order. */
export function configOf(env: FlagEnvironment): FlagConfig {
  const rules = (env.rules as unknown as Loose[]).map((r) => ({
    ...ordered(r, ['id', 'description']),
    clauses: clausesOf(r.clauses as Loose[]),
    serve: serveOf(r.serve as Loose),
  }));
  return {
    on: env.on,
    offVariation: env.offVariation,
    prerequisites: env.prerequisites.map((p) => ordered(p as unknown as Loose, ['flag', 'variation'])),
    targets: env.targets.map((t) => ordered(t as unknown as Loose, ['variation', 'values'])),
    rules,
    fallthrough: serveOf(env.fallthrough as unknown as Loose),
  } as unknown as FlagConfig;
}

function segmentRulesOf(rules: unknown): SegmentSpec['rules'] {
  return (rules as Loose[]).map((r) => ({
    ...ordered(r, ['id']),
    clauses: clausesOf(r.clauses as Loose[]),
  })) as SegmentSpec['rules'];
}

function variationsOf(variations: Flag['variations']): FlagSpec['variations'] {
  return variations.map((v) =>
    ordered(v as unknown as Loose, ['name', 'value', 'description']),
  ) as FlagSpec['variations'];
}

function byKey<T>(record: Record<string, T>): [string, T][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The flags.yaml document for a project: every field written (so applying it manages everything), keys
 * sorted, environments in their display order, member keys sorted. `envs` limits the environments.
 */
export function toFlagsFile(remote: RemoteState, envs?: readonly string[]): FlagsFile {
  const environments = Object.values(remote.environments)
    .filter((e) => envs === undefined || envs.includes(e.key))
    .sort((a, b) => a.sortOrder - b.sortOrder || (a.key < b.key ? -1 : 1));
  const envKeys = environments.map((e) => e.key);

  const segments: Record<string, SegmentSpec> = {};
  for (const [key, s] of byKey(remote.segments)) {
    segments[key] = {
      name: s.name,
      description: s.description,
      rules: segmentRulesOf(s.rules),
      included: [...s.included].sort(),
      excluded: [...s.excluded].sort(),
    };
  }

  // A live experiment's flag configuration in its environment is the experiment's to write.
  const owned = ownedConfigs(remote.experiments ?? {});
  const flags: Record<string, FlagSpec> = {};
  for (const [key, f] of byKey(remote.flags)) {
    const configs: Record<string, FlagConfig> = {};
    for (const env of envKeys)
      if (f.environments[env] && !owned.has(`${key}/${env}`)) configs[env] = configOf(f.environments[env]);
    flags[key] = {
      name: f.name,
      description: f.description,
      kind: f.kind,
      variations: variationsOf(f.variations),
      tags: f.tags,
      owner: f.owner,
      temporary: f.temporary,
      clientSide: f.clientSide,
      archived: f.archived,
      environments: configs,
    };
  }

  // Every metric definition: they belong to the project, not to an environment.
  const metrics: Record<string, MetricSpec> = {};
  for (const [key, m] of byKey(remote.metrics ?? {})) metrics[key] = metricSpecOf(m);

  // Live experiments in the environments written (archived ones are history: left alone).
  const experiments: Record<string, ExperimentSpec> = {};
  for (const [key, e] of byKey(remote.experiments ?? {}))
    if (!e.archived && envKeys.includes(e.environment)) experiments[key] = experimentSpecOf(e);

  return {
    version: FORMAT_VERSION,
    project: remote.project,
    environments: Object.fromEntries(
      environments.map((e) => [
        e.key,
        { name: e.name, color: e.color, protected: e.protected, sortOrder: e.sortOrder },
      ]),
    ),
    segments,
    flags,
    ...(Object.keys(metrics).length > 0 ? { metrics } : {}),
    ...(Object.keys(experiments).length > 0 ? { experiments } : {}),
  };
}
