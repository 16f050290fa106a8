// The SSE hub of one replica: every open stream, grouped by environment. The change bus feeds it
// committed changes; for each environment with streams it reads the current ruleset once (from the
// shared ruleset cache) and sends each stream what changed since its own version. Work per environment
// runs one task at a time (opening a stream, pushing a batch of changes), so a stream that opens while a
// change is being pushed neither misses it nor gets it twice; a burst of changes is pushed as one batch.
import type { ServerResponse } from 'node:http';
import type { Json } from '@ff/engine';
import type { Db } from '../../db/knex.ts';
import { NotFoundError, ServiceUnavailableError, TooManyRequestsError } from '../../http/errors.ts';
import type { Logger } from '../../logger.ts';
import type { RulesetCache, RulesetEntry } from '../sdk/ruleset.ts';
import type { ChangeListener } from '../../stream/change-bus.ts';
import { ChangeLog } from './change-log.ts';
import type { Change } from '../../stream/changes.ts';
import { clientEvents, PatchTexts, putEvent, serverEvents } from './events.ts';
import type { Audience, SseEvent } from './events.ts';
import { SseStream } from '../../http/sse.ts';

export interface HubOptions {
  db: Db;
  logger: Logger;
  rulesets: RulesetCache;
  /** Called when a stream was closed because its key was revoked (e.g. to drop cached key lookups). */
  onRevoked?: () => void;
  /** A `: ping` comment on every stream this often (default 15 s). */
  heartbeatMs?: number;
  /** Streams one key may hold open on this replica (default 100); one more is 429. */
  maxStreamsPerKey?: number;
  /** How often the keys of open streams are checked for revocation and expiry (default 500 ms). */
  keyCheckMs?: number;
  /** Changes kept per environment for Last-Event-ID resumes (default 1,000). */
  replayCapacity?: number;
}

export interface StreamRequest {
  res: ServerResponse;
  keyId: string;
  kind: 'server' | 'client';
  environmentId: string;
  /** Client keys: the context values are evaluated for. */
  context?: Record<string, Json> | undefined;
  /** The version the client already has (Last-Event-ID). */
  lastEventId?: number | undefined;
}

interface Subscriber {
  keyId: string;
  environmentId: string;
  stream: SseStream;
  /** The environment version this stream has been brought up to. */
  version: number;
  audience: Audience;
}

interface EnvState {
  subscribers: Set<Subscriber>;
  pending: Change[];
  drainQueued: boolean;
  queue: Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class SseHub implements ChangeListener {
  readonly #db: Db;
  readonly #logger: Logger;
  readonly #rulesets: RulesetCache;
  readonly #onRevoked: (() => void) | undefined;
  readonly #heartbeatMs: number;
  readonly #maxPerKey: number;
  readonly #keyCheckMs: number;
  readonly #replayCapacity: number;
  readonly #logs = new Map<string, ChangeLog>();
  readonly #envs = new Map<string, EnvState>();
  readonly #perKey = new Map<string, number>();
  readonly #all = new Set<Subscriber>();
  #heartbeat: NodeJS.Timeout | undefined;
  #keyCheck: NodeJS.Timeout | undefined;
  #checking = false;
  #closed = false;

  constructor(opts: HubOptions) {
    this.#db = opts.db;
    this.#logger = opts.logger;
    this.#rulesets = opts.rulesets;
    this.#onRevoked = opts.onRevoked;
    this.#heartbeatMs = opts.heartbeatMs ?? 15_000;
    this.#maxPerKey = opts.maxStreamsPerKey ?? 100;
    this.#keyCheckMs = opts.keyCheckMs ?? 500;
    this.#replayCapacity = opts.replayCapacity ?? 1_000;
  }

  /** Open streams on this replica. */
  get size(): number {
    return this.#all.size;
  }

  /** Open streams on this replica by environment id (insights' connection counts). */
  streamsByEnvironment(): Map<string, number> {
    const out = new Map<string, number>();
    for (const [id, state] of this.#envs) if (state.subscribers.size > 0) out.set(id, state.subscribers.size);
    return out;
  }

  /**
   * Opens a stream: 429 past the key's limit, 503 once closing, 404 if the environment is gone;
   * otherwise the response becomes an event stream, its first events sent before this resolves.
   */
  async open(req: StreamRequest): Promise<void> {
    if (this.#closed) throw new ServiceUnavailableError('This server is shutting down; reconnect.');
    const held = this.#perKey.get(req.keyId) ?? 0;
    if (held >= this.#maxPerKey) {
      throw new TooManyRequestsError(
        5,
        `This SDK key already holds ${held} streams on this server, the most it may; close one first.`,
      );
    }
    // Counted before any await, so concurrent opens cannot all pass the check.
    this.#perKey.set(req.keyId, held + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const n = (this.#perKey.get(req.keyId) ?? 1) - 1;
      if (n <= 0) this.#perKey.delete(req.keyId);
      else this.#perKey.set(req.keyId, n);
    };
    try {
      const state = this.#env(req.environmentId);
      await this.#enqueue(state, () => this.#attach(state, req, release));
    } catch (err) {
      release();
      throw err;
    }
  }

  async #attach(state: EnvState, req: StreamRequest, release: () => void): Promise<void> {
    const log = this.#logs.get(req.environmentId);
    const entry = await this.#rulesetAtLeast(req.environmentId, log?.latest ?? 0);
    if (this.#closed) throw new ServiceUnavailableError('This server is shutting down; reconnect.');
    if (req.res.destroyed) return release();
    const stream = new SseStream(req.res);
    const sub: Subscriber = {
      keyId: req.keyId,
      environmentId: req.environmentId,
      stream,
      version: 0,
      audience: { kind: req.kind, context: req.context, has: new Set() },
    };
    stream.onClose(() => {
      state.subscribers.delete(sub);
      this.#all.delete(sub);
      release();
      if (this.#all.size === 0) this.#stopTimers();
    });
    try {
      this.#initial(sub, entry, req.lastEventId);
    } catch (err) {
      this.#logger.error({ err }, 'could not start an event stream');
      stream.end();
    }
    if (stream.closed) return;
    state.subscribers.add(sub);
    this.#all.add(sub);
    this.#startTimers();
  }

  // The first events: the changes since Last-Event-ID when the log still has them all, else a `put`.
  #initial(sub: Subscriber, entry: RulesetEntry, lastEventId: number | undefined): void {
    const log = this.#log(sub.environmentId, entry.version);
    const missed = lastEventId === undefined ? undefined : log.since(lastEventId);
    if (lastEventId === undefined || missed === undefined) return this.#put(sub, entry);
    if (missed.length === 0) {
      // Up to date: assume it holds what the current ruleset has, as it would after a put.
      putEvent(sub.audience, entry);
      sub.version = lastEventId;
      return;
    }
    this.#sendChanges(sub, entry, missed, log.latest, true);
  }

  #put(sub: Subscriber, entry: RulesetEntry): void {
    const put = putEvent(sub.audience, entry);
    sub.stream.event(put.name, put.data, entry.version);
    sub.version = entry.version;
  }

  #sendChanges(
    sub: Subscriber,
    entry: RulesetEntry,
    changes: readonly Change[],
    version: number,
    resumed: boolean,
    texts = new PatchTexts(entry.ruleset, version),
  ): void {
    const events: SseEvent[] | 'put' =
      sub.audience.kind === 'server'
        ? serverEvents(sub.audience, texts, changes, resumed)
        : clientEvents(sub.audience, entry, version, changes, resumed);
    if (events === 'put') return this.#put(sub, entry);
    // The id goes on the last event of the version only; with nothing to send (a change this stream
    // cannot see), an id-only block still moves its Last-Event-ID on (the SSE parsing rules allow it).
    events.forEach((e, i) => sub.stream.event(e.name, e.data, i === events.length - 1 ? version : undefined));
    if (events.length === 0) sub.stream.idOnly(version);
    sub.version = version;
  }

  /** The bus delivers a committed change. */
  change(change: Change): void {
    this.#log(change.environmentId, change.version - 1).add(change);
    const state = this.#envs.get(change.environmentId);
    if (state === undefined || state.subscribers.size === 0) return;
    state.pending.push(change);
    if (state.drainQueued) return;
    state.drainQueued = true;
    void this.#enqueue(state, () => this.#drain(change.environmentId, state)).catch((err: unknown) =>
      this.#logger.error({ err, environmentId: change.environmentId }, 'pushing a change to streams failed'),
    );
  }

  /** The bus reconnected and may have missed changes: logs start over, streams that fell behind get a put. */
  resync(versions: ReadonlyMap<string, number>): void {
    for (const [id, log] of this.#logs) log.reset(versions.get(id) ?? log.latest);
    for (const [id, state] of this.#envs) {
      if (state.subscribers.size === 0) continue;
      void this.#enqueue(state, async () => {
        const entry = await this.#rulesetAtLeast(id, versions.get(id) ?? 0);
        for (const sub of state.subscribers) if (sub.version < entry.version) this.#put(sub, entry);
      }).catch((err: unknown) => this.#logger.error({ err, environmentId: id }, 'stream resync failed'));
    }
  }

  async #drain(environmentId: string, state: EnvState): Promise<void> {
    state.drainQueued = false;
    const batch = state.pending.splice(0);
    if (batch.length === 0 || state.subscribers.size === 0) return;
    const version = Math.max(...batch.map((c) => c.version));
    let entry: RulesetEntry;
    try {
      entry = await this.#rulesetAtLeast(environmentId, version);
    } catch (err) {
      // The environment is gone (its keys with it): its streams end.
      if (err instanceof NotFoundError) for (const sub of state.subscribers) sub.stream.end();
      throw err;
    }
    const texts = new PatchTexts(entry.ruleset, version);
    for (const sub of state.subscribers) {
      const mine = batch.filter((c) => c.version > sub.version);
      if (mine.length === 0) continue;
      try {
        this.#sendChanges(sub, entry, mine, version, false, texts);
      } catch (err) {
        this.#logger.error({ err }, 'could not push a change to a stream; closing it');
        sub.stream.end();
      }
    }
  }

  // The cache may still hold (or be building) a ruleset older than a change just announced: ask again
  // until it is at least that new. The bus told the cache first, so this rarely loops.
  async #rulesetAtLeast(environmentId: string, version: number): Promise<RulesetEntry> {
    for (let attempt = 0; ; attempt++) {
      const entry = await this.#rulesets.getRuleset(environmentId);
      if (entry.version >= version || attempt >= 20) return entry;
      this.#rulesets.invalidate(environmentId, version);
      await sleep(Math.min(5 * attempt, 50));
    }
  }

  #env(environmentId: string): EnvState {
    let state = this.#envs.get(environmentId);
    if (state === undefined) {
      state = { subscribers: new Set(), pending: [], drainQueued: false, queue: Promise.resolve() };
      this.#envs.set(environmentId, state);
    }
    return state;
  }

  #log(environmentId: string, version: number): ChangeLog {
    let log = this.#logs.get(environmentId);
    if (log === undefined) {
      log = new ChangeLog(version, this.#replayCapacity);
      this.#logs.set(environmentId, log);
    }
    return log;
  }

  #enqueue(state: EnvState, task: () => Promise<void>): Promise<void> {
    const run = state.queue.then(task);
    state.queue = run.catch(() => {});
    return run;
  }

  #startTimers(): void {
    if (this.#heartbeat === undefined) {
      this.#heartbeat = setInterval(() => {
        for (const sub of this.#all) sub.stream.comment('ping');
      }, this.#heartbeatMs);
      this.#heartbeat.unref();
    }
    if (this.#keyCheck === undefined) {
      this.#keyCheck = setInterval(() => void this.#checkKeys(), this.#keyCheckMs);
      this.#keyCheck.unref();
    }
  }

  #stopTimers(): void {
    clearInterval(this.#heartbeat);
    clearInterval(this.#keyCheck);
    this.#heartbeat = undefined;
    this.#keyCheck = undefined;
  }

  // One query for every key with open streams: those no longer usable (revoked, expired, their
  // environment deleted) have their streams ended, within keyCheckMs of the change.
  async #checkKeys(): Promise<void> {
    if (this.#checking || this.#perKey.size === 0) return;
    this.#checking = true;
    try {
      const ids = [...this.#perKey.keys()];
      const usable = new Set<string>();
      for (let i = 0; i < ids.length; i += 1000) {
        const rows = (await this.#db('sdk_keys')
          .whereIn('id', ids.slice(i, i + 1000))
          .whereNull('revoked_at')
          .where((q) => q.whereNull('expires_at').orWhere('expires_at', '>', this.#db.fn.now()))
          .pluck('id')) as string[];
        for (const id of rows) usable.add(id);
      }
      let revoked = 0;
      for (const sub of this.#all) {
        if (usable.has(sub.keyId) || !ids.includes(sub.keyId)) continue;
        sub.stream.end();
        revoked++;
      }
      if (revoked > 0) {
        this.#logger.info({ streams: revoked }, 'closed the streams of revoked SDK keys');
        this.#onRevoked?.();
      }
    } catch (err) {
      this.#logger.warn({ err }, 'checking the keys of open streams failed');
    } finally {
      this.#checking = false;
    }
  }

  /** Ends every stream (their SDKs reconnect, through the load balancer, elsewhere) and refuses new ones. */
  close(): void {
    this.#closed = true;
    this.#stopTimers();
    for (const sub of [...this.#all]) sub.stream.end();
  }
}
