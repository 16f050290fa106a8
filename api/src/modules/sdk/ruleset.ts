// Every environment's ruleset, kept in memory and brought up to date change by change: the document
// (serialized and gzipped on first use) and the compiled ruleset that evaluate and OFREP run. A request
// for a version this replica already has touches no database. The change bus calls `change()` for every
// committed change, on every replica: once all changes of a version have arrived (each message says how
// many its commit sent), the cache reads just the flags and segments they name and swaps them into the
// document and the compiled ruleset with the engine's patchRuleset, the patch step sdk-node runs on its
// stream. A version it cannot patch (a gap, a flag that starts or stops naming a segment, an older
// replica's message) drops the entry, and the next request reads the whole ruleset again. As a safety net
// against a missed notification (a LISTEN connection that dropped), an entry unconfirmed for
// `revalidateMs` is checked against the database's version once, whatever the request rate.
import { gzipSync } from 'node:zlib';
import { compileRuleset, Dependents, patchRuleset } from '@ff/engine';
import type { CompiledRuleset, ExperimentSplit, RulesetChange } from '@ff/engine';
import { segmentsNamed } from '@ff/engine/references';
import type { Db } from '../../db/knex.ts';
import { NotFoundError } from '../../http/errors.ts';
import type { Change } from '../../stream/changes.ts';
import { environmentVersion } from '../environments/versions.ts';
import { runningSplits } from '../experiments/running.ts';
import { loadRuleset, readEntries } from './store.ts';
import type { ReadEntries, SdkRuleset } from './store.ts';

/** One environment's ruleset at one version, with what serving it needs, computed at most once. */
export interface RulesetEntry {
  environmentId: string;
  /** The environment's version this ruleset is. */
  version: number;
  /** `"<version>"`, as sent in ETag and compared with If-None-Match. */
  etag: string;
  /** The ruleset serialized as JSON: the exact response body (serialized on first use). */
  readonly body: string;
  /**
   * The document. Patched in place by the next version: read it right after getting the entry, in the
   * same synchronous step (as every reader does), not across an await.
   */
  ruleset: SdkRuleset;
  /** The compiled ruleset, for evaluating on the server (compiled on first use, then patched). */
  compiled(): CompiledRuleset;
  /**
   * The splits of the running experiments by flag key (client-side values mark their exposures). Not
   * in `body`: server SDKs read them from GET /sdk/v1/experiments. Patched in place, like `ruleset`.
   */
  experiments: ReadonlyMap<string, ExperimentSplit>;
  /** `body` gzipped (on first use): large segment lists shrink several-fold. */
  gzipped(): Buffer;
}

export interface RulesetCache {
  /** The environment's current ruleset; 404 when the environment does not exist. */
  getRuleset(environmentId: string): Promise<RulesetEntry>;
  /**
   * A committed change (the change bus calls this): the cached entry is patched to its version once the
   * version's changes are all in, or dropped when it cannot be.
   */
  change(change: Change): void;
  /**
   * The environment's version is at least `version`: a cached entry older than that is dropped, and the
   * next request builds the new one.
   */
  invalidate(environmentId: string, version: number): void;
  /** The highest version this replica knows of for the environment, if any. */
  knownVersion(environmentId: string): number | undefined;
  /** Drops everything (e.g. after the bus reconnects and may have missed changes). */
  clear(): void;
}

export interface RulesetCacheOptions {
  /** How long an entry is served without confirming its version against the database. */
  revalidateMs?: number;
}

function revalidateFromEnv(): number {
  const v = Number(process.env.FF_RULESET_REVALIDATE_MS);
  return Number.isFinite(v) && v >= 0 ? v : 1000;
}

// Performance note: the JSON text of each flag and segment object, kept while the object is: a new
// version's body (and a stream patch) re-serializes only the entries a change replaced, not a
// million-member segment that stayed the same.
const texts = new WeakMap<object, string>();

/** `JSON.stringify(value)` of a ruleset entry, computed once per object. */
export function entryJson(value: object): string {
  let t = texts.get(value);
  if (t === undefined) texts.set(value, (t = JSON.stringify(value)));
  return t;
}

function tableJson(table: Record<string, object>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(table)) parts.push(`${JSON.stringify(key)}:${entryJson(value)}`);
  return `{${parts.join(',')}}`;
}

/** What the entries of one environment share across versions: the document and its compiled form. */
interface Held {
  doc: SdkRuleset;
  compiled: CompiledRuleset | undefined;
  /** Which flags name each flag and segment, built on the first patch. */
  dependents: Dependents | undefined;
  experiments: Map<string, ExperimentSplit>;
}

function entryOf(environmentId: string, held: Held, version: number): RulesetEntry {
  let body: string | undefined;
  let gzipped: Buffer | undefined;
  const entry: RulesetEntry = {
    environmentId,
    version,
    etag: `"${version}"`,
    get body() {
      const { flags, segments } = held.doc;
      return (body ??= `{"version":${version},"flags":${tableJson(flags)},"segments":${tableJson(segments)}}`);
    },
    ruleset: held.doc,
    compiled: () => (held.compiled ??= compileRuleset(held.doc)),
    experiments: held.experiments,
    gzipped: () => (gzipped ??= gzipSync(entry.body)),
  };
  return entry;
}

interface Cached {
  entry: RulesetEntry;
  held: Held;
  confirmedAt: number;
}

const sameKeys = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/**
 * The changes of one version as engine changes, when patching `held` with what `read` found gives the
 * ruleset a full read would: undefined when it would not (a flag starts or stops naming a segment, a
 * segment's rules name other segments than before, a segment the ruleset lacks is named by a flag).
 * A segment no flag reaches is left out, as a full read leaves it out.
 */
function patchable(held: Held, changes: readonly Change[], read: ReadEntries): RulesetChange[] | undefined {
  const { doc } = held;
  const out: RulesetChange[] = [];
  for (const c of changes) {
    if (c.kind === 'flag') {
      const before = Object.hasOwn(doc.flags, c.key) ? doc.flags[c.key] : undefined;
      const after = read.flags.get(c.key);
      if (!sameKeys(segmentsNamed(before?.config.rules), segmentsNamed(after?.config.rules)))
        return undefined;
      out.push({ version: c.version, kind: 'flag', key: c.key, value: after });
    } else if (c.kind === 'segment') {
      if (!Object.hasOwn(doc.segments, c.key)) {
        const named =
          held.dependents!.segmentNamed(c.key) ||
          Object.values(doc.segments).some((s) => segmentsNamed(s.rules).includes(c.key));
        if (named) return undefined;
        continue;
      }
      const after = read.segments.get(c.key);
      if (
        after !== undefined &&
        !sameKeys(segmentsNamed(doc.segments[c.key]!.rules), segmentsNamed(after.rules))
      )
        return undefined;
      out.push({ version: c.version, kind: 'segment', key: c.key, value: after });
    }
  }
  return out;
}

export function createRulesetCache(db: Db, options: RulesetCacheOptions = {}): RulesetCache {
  const revalidateMs = options.revalidateMs ?? revalidateFromEnv();
  const entries = new Map<string, Cached>();
  const known = new Map<string, number>();
  // Concurrent misses of one environment share one build (a thundering herd after each change).
  const building = new Map<string, Promise<RulesetEntry>>();
  // Changes of a version still arriving, per environment: version → the changes so far.
  const arriving = new Map<string, Map<number, Change[]>>();
  // The patches of an environment run one after the other; a request waits for the one under way.
  const patching = new Map<string, Promise<void>>();

  function build(environmentId: string): Promise<RulesetEntry> {
    let p = building.get(environmentId);
    if (p !== undefined) return p;
    p = (async () => {
      const ruleset = await loadRuleset(db, environmentId);
      const experiments = ruleset && (await runningSplits(db, environmentId));
      if (ruleset === undefined || experiments === undefined) {
        entries.delete(environmentId);
        throw new NotFoundError('The environment of this SDK key no longer exists.');
      }
      const held: Held = { doc: ruleset, compiled: undefined, dependents: undefined, experiments };
      const entry = entryOf(environmentId, held, ruleset.version);
      // A newer version may have been announced while this one was read: keep it anyway (it is a
      // consistent snapshot); the changes after it patch it, or the next request sees it is stale.
      entries.set(environmentId, { entry, held, confirmedAt: Date.now() });
      if ((known.get(environmentId) ?? 0) < entry.version) known.set(environmentId, entry.version);
      return entry;
    })().finally(() => building.delete(environmentId));
    building.set(environmentId, p);
    return p;
  }

  /** Brings the cached entry from version - 1 to `version`, reading only what `changes` name. */
  async function patch(environmentId: string, version: number, changes: readonly Change[]): Promise<void> {
    const cached = entries.get(environmentId);
    if (cached === undefined || cached.entry.version >= version) return;
    if (cached.entry.version !== version - 1 || building.has(environmentId)) {
      entries.delete(environmentId); // a gap: some version was never patched in
      return;
    }
    const { held } = cached;
    held.dependents ??= new Dependents(held.doc);
    const flagKeys = changes.filter((c) => c.kind === 'flag').map((c) => c.key);
    // Members are read only for segments the ruleset holds: the others are not served.
    const segmentKeys = changes
      .filter((c) => c.kind === 'segment' && Object.hasOwn(held.doc.segments, c.key))
      .map((c) => c.key);
    const read = await readEntries(db, environmentId, flagKeys, segmentKeys);
    // An experiment starts or stops splitting its flag only by writing the flag's configuration.
    const splits = flagKeys.length > 0 ? await runningSplits(db, environmentId, flagKeys) : undefined;
    if (entries.get(environmentId) !== cached || cached.entry.version !== version - 1) return;
    const engineChanges = read === undefined ? undefined : patchable(held, changes, read);
    if (engineChanges === undefined) {
      entries.delete(environmentId);
      return;
    }
    for (const change of engineChanges) patchRuleset(held.doc, held.compiled, change, held.dependents);
    for (const key of flagKeys) {
      const split = splits?.get(key);
      if (split === undefined) held.experiments.delete(key);
      else held.experiments.set(key, split);
    }
    held.doc.version = version;
    cached.entry = entryOf(environmentId, held, version);
    cached.confirmedAt = Date.now();
  }

  function enqueuePatch(environmentId: string, version: number, changes: readonly Change[]): void {
    const run = (patching.get(environmentId) ?? Promise.resolve())
      .then(() => patch(environmentId, version, changes))
      .catch(() => {
        entries.delete(environmentId); // the database failed us: read it all on the next request
      });
    patching.set(environmentId, run);
    void run.finally(() => {
      if (patching.get(environmentId) === run) patching.delete(environmentId);
    });
  }

  async function revalidate(environmentId: string, cached: Cached) {
    const version = await environmentVersion(db, environmentId);
    if (version === cached.entry.version) {
      cached.confirmedAt = Date.now();
      return cached.entry;
    }
    if (version !== undefined && version > (known.get(environmentId) ?? 0)) known.set(environmentId, version);
    return build(environmentId);
  }

  function invalidate(environmentId: string, version: number): void {
    if (version > (known.get(environmentId) ?? 0)) known.set(environmentId, version);
    const cached = entries.get(environmentId);
    if (cached !== undefined && cached.entry.version < version) entries.delete(environmentId);
  }

  return {
    async getRuleset(environmentId) {
      const under = patching.get(environmentId);
      if (under !== undefined) await under;
      const cached = entries.get(environmentId);
      if (cached !== undefined && cached.entry.version >= (known.get(environmentId) ?? 0)) {
        // Performance note: this branch is the whole cost of a 304; no await, no allocation.
        if (Date.now() - cached.confirmedAt < revalidateMs) return cached.entry;
        // Push the deadline first, so concurrent requests keep being served while one query confirms.
        cached.confirmedAt = Date.now();
        return revalidate(environmentId, cached);
      }
      return build(environmentId);
    },
    change(c) {
      if (c.version > (known.get(c.environmentId) ?? 0)) known.set(c.environmentId, c.version);
      const cached = entries.get(c.environmentId);
      if (cached === undefined || cached.entry.version >= c.version) return;
      if (c.subjects === undefined) return invalidate(c.environmentId, c.version);
      let versions = arriving.get(c.environmentId);
      if (versions === undefined) arriving.set(c.environmentId, (versions = new Map()));
      // A commit's messages all arrive before the next commit's: an older version still incomplete never
      // will be (its patch is then a gap, and the entry is read again).
      for (const v of versions.keys()) if (v < c.version) versions.delete(v);
      const so = versions.get(c.version) ?? [];
      so.push(c);
      if (so.length < c.subjects) {
        versions.set(c.version, so);
        return;
      }
      versions.delete(c.version);
      if (versions.size === 0) arriving.delete(c.environmentId);
      enqueuePatch(c.environmentId, c.version, so);
    },
    invalidate,
    knownVersion: (environmentId) => known.get(environmentId),
    clear() {
      entries.clear();
      arriving.clear();
    },
  };
}

const caches = new WeakMap<Db, RulesetCache>();

/**
 * The ruleset cache of the app on `db`: one per database handle, so the SDK routes, the stream and the
 * change bus of one replica share it.
 */
export function rulesetCache(db: Db): RulesetCache {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = createRulesetCache(db);
    caches.set(db, cache);
  }
  return cache;
}
