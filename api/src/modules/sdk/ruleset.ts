// Every environment's ruleset, built once per environment version and kept in memory: the serialized
// body (and its gzip), and the compiled ruleset that evaluate and OFREP run. A request for a version this
// replica already has touches no database. Which version is current comes from the change bus: it calls
// `invalidate(environmentId, version)` for every committed change, on every replica. As a safety net
// against a missed notification (a LISTEN connection that dropped), an entry unconfirmed for
// `revalidateMs` is checked against the database's version once, whatever the request rate.
import { gzipSync } from 'node:zlib';
import { compileRuleset } from '@ff/engine';
import type { CompiledRuleset } from '@ff/engine';
import type { Db } from '../../db/knex.ts';
import { NotFoundError } from '../../http/errors.ts';
import { environmentVersion, loadRuleset } from './store.ts';
import type { SdkRuleset } from './store.ts';

/** One environment's ruleset at one version, with what serving it needs, computed at most once. */
export interface RulesetEntry {
  environmentId: string;
  /** The environment's version this ruleset is. */
  version: number;
  /** `"<version>"`, as sent in ETag and compared with If-None-Match. */
  etag: string;
  /** The ruleset serialized as JSON: the exact response body. */
  body: string;
  ruleset: SdkRuleset;
  /** The compiled ruleset, for evaluating on the server (compiled on first use). */
  compiled(): CompiledRuleset;
  /** `body` gzipped (on first use): large segment lists shrink several-fold. */
  gzipped(): Buffer;
}

export interface RulesetCache {
  /** The environment's current ruleset; 404 when the environment does not exist. */
  getRuleset(environmentId: string): Promise<RulesetEntry>;
  /**
   * A change raised the environment's version to `version` (the change bus calls this): a cached entry
   * older than that is dropped, and the next request builds the new one.
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

function entryOf(environmentId: string, ruleset: SdkRuleset): RulesetEntry {
  const body = JSON.stringify(ruleset);
  let compiled: CompiledRuleset | undefined;
  let gzipped: Buffer | undefined;
  return {
    environmentId,
    version: ruleset.version,
    etag: `"${ruleset.version}"`,
    body,
    ruleset,
    compiled: () => (compiled ??= compileRuleset(ruleset)),
    gzipped: () => (gzipped ??= gzipSync(body)),
  };
}

export function createRulesetCache(db: Db, options: RulesetCacheOptions = {}): RulesetCache {
  const revalidateMs = options.revalidateMs ?? revalidateFromEnv();
  const entries = new Map<string, { entry: RulesetEntry; confirmedAt: number }>();
  const known = new Map<string, number>();
  // Concurrent misses of one environment share one build (a thundering herd after each change).
  const building = new Map<string, Promise<RulesetEntry>>();

  function build(environmentId: string): Promise<RulesetEntry> {
    let p = building.get(environmentId);
    if (p !== undefined) return p;
    p = (async () => {
      const ruleset = await loadRuleset(db, environmentId);
      if (ruleset === undefined) {
        entries.delete(environmentId);
        throw new NotFoundError('The environment of this SDK key no longer exists.');
      }
      const entry = entryOf(environmentId, ruleset);
      // A newer version may have been announced while this one was read: keep it anyway (it is a
      // consistent snapshot), the next request sees it is stale and builds again.
      entries.set(environmentId, { entry, confirmedAt: Date.now() });
      if ((known.get(environmentId) ?? 0) < entry.version) known.set(environmentId, entry.version);
      return entry;
    })().finally(() => building.delete(environmentId));
    building.set(environmentId, p);
    return p;
  }

  async function revalidate(environmentId: string, cached: { entry: RulesetEntry; confirmedAt: number }) {
    const version = await environmentVersion(db, environmentId);
    if (version === cached.entry.version) {
      cached.confirmedAt = Date.now();
      return cached.entry;
    }
    if (version !== undefined && version > (known.get(environmentId) ?? 0)) known.set(environmentId, version);
    return build(environmentId);
  }

  return {
    async getRuleset(environmentId) {
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
    invalidate(environmentId, version) {
      if (version > (known.get(environmentId) ?? 0)) known.set(environmentId, version);
      const cached = entries.get(environmentId);
      if (cached !== undefined && cached.entry.version < version) entries.delete(environmentId);
    },
    knownVersion: (environmentId) => known.get(environmentId),
    clear() {
      entries.clear();
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
