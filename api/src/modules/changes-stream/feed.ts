// The management change stream of one replica: every open `GET /api/v1/projects/{project}/changes`,
// each sent the audit entries about its project as they commit. The audit log is the source (one entry
// per write, committed with it), so the stream says exactly what the history says, and resuming is
// "entries after Last-Event-ID".
//
// When to look: the change bus wakes every stream at once for writes that bump an environment (flags,
// segments, environments: the dashboard's rows), and a poll every `pollMs` (default 1 s) catches the
// writes that bump none (SDK keys, project settings). Each look is one indexed query per stream.
//
// Ids are taken when a transaction inserts its entry but become visible when it commits, so a slow
// transaction can commit an id lower than one already sent. Each look therefore also re-reads the
// entries of the last `lateWindowMs` below the cursor, and sends those it has not sent yet (the ids sent
// in that window are remembered). A client resuming by Last-Event-ID after such a late entry may miss it;
// the window makes that a matter of a connection cut within those seconds.
import type { ServerResponse } from 'node:http';
import type { Db } from '../../db/knex.ts';
import type { Logger } from '../../logger.ts';
import type { ChangeBus } from '../../stream/change-bus.ts';
import { SseStream } from '../../http/sse.ts';
import { entriesAfter, lastEntryId } from '../audit/store.ts';
import type { AuditRow } from '../audit/store.ts';
import { changeEventView } from './view.ts';

export interface ChangeFeedOptions {
  db: Db;
  logger: Logger;
  /** Wakes the streams at once on environment changes; without it they only poll. */
  bus?: ChangeBus | undefined;
  /** How often each stream looks for entries the bus does not announce (default 1,000 ms). */
  pollMs?: number;
  /** A `: ping` comment this often (default 15 s). */
  heartbeatMs?: number;
  /** How often the stream's token is checked for revocation and expiry (default 5 s). */
  tokenCheckMs?: number;
  /** Entries a resume replays at most; past that the client is told to re-read everything. */
  replayLimit?: number;
  /** How far back entries committed late are looked for (default 30 s). */
  lateWindowMs?: number;
  /** The clock (tests inject one). */
  now?: () => Date;
}

export interface FeedRequest {
  res: ServerResponse;
  organizationId: string;
  projectKey: string;
  /** The audit entry id the client already has (Last-Event-ID). */
  lastEventId: string | undefined;
  /** Resolves while the caller's token is still good; rejects once it is revoked or expired. */
  checkToken: () => Promise<void>;
}

// Rows per look: a burst larger than this is sent over consecutive looks, never dropped.
const batchLimit = 500;
// Above any audit id (bigint).
const noUpperBound = '9223372036854775807';

interface Subscriber {
  req: FeedRequest;
  stream: SseStream;
  /** The highest id sent. */
  cursor: string;
  /** The id the stream started from: late entries at or below it were the client's business. */
  start: string;
  /** Ids sent within the late window, with when they were sent. */
  recent: Map<string, number>;
  busy: boolean;
  again: boolean;
  lastTokenCheck: number;
}

const byId = (a: AuditRow, b: AuditRow) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1);
const maxId = (a: string, b: string) => (BigInt(a) >= BigInt(b) ? a : b);

export class ChangeFeeds {
  readonly #db: Db;
  readonly #logger: Logger;
  readonly #bus: ChangeBus | undefined;
  readonly #pollMs: number;
  readonly #heartbeatMs: number;
  readonly #tokenCheckMs: number;
  readonly #replayLimit: number;
  readonly #lateWindowMs: number;
  readonly #now: () => Date;
  readonly #subs = new Set<Subscriber>();
  #poll: NodeJS.Timeout | undefined;
  #heartbeat: NodeJS.Timeout | undefined;
  #unsubscribe: (() => void) | undefined;
  #closed = false;

  constructor(opts: ChangeFeedOptions) {
    this.#db = opts.db;
    this.#logger = opts.logger;
    this.#bus = opts.bus;
    this.#pollMs = opts.pollMs ?? 1_000;
    this.#heartbeatMs = opts.heartbeatMs ?? 15_000;
    this.#tokenCheckMs = opts.tokenCheckMs ?? 5_000;
    this.#replayLimit = opts.replayLimit ?? 1_000;
    this.#lateWindowMs = opts.lateWindowMs ?? 30_000;
    this.#now = opts.now ?? (() => new Date());
  }

  /** Open streams on this replica. */
  get size(): number {
    return this.#subs.size;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Turns the response into the event stream; the replay (if any) and `ready` are sent before this resolves. */
  async open(req: FeedRequest): Promise<void> {
    const newest = await lastEntryId(this.#db, req.organizationId);
    let replay: AuditRow[] = [];
    let truncated = false;
    let cursor = newest;
    if (req.lastEventId !== undefined && BigInt(req.lastEventId) < BigInt(newest)) {
      const rows = await entriesAfter(
        this.#db,
        req.organizationId,
        { resource: `projects/${req.projectKey}` },
        req.lastEventId,
        newest,
        this.#replayLimit + 1,
      );
      truncated = rows.length > this.#replayLimit;
      // Truncated: the client re-reads everything, so sending part of what it missed would only cost.
      replay = truncated ? [] : rows;
    }
    if (req.res.destroyed) return;
    const stream = new SseStream(req.res);
    const sub: Subscriber = {
      req,
      stream,
      cursor,
      start: cursor,
      recent: new Map(),
      busy: false,
      again: false,
      lastTokenCheck: this.#now().getTime(),
    };
    for (const row of replay) stream.event('change', JSON.stringify(changeEventView(row)), Number(row.id));
    cursor = replay.at(-1) ? maxId(cursor, String(replay.at(-1)!.id)) : cursor;
    stream.event(
      'ready',
      JSON.stringify({ lastId: cursor, replayed: replay.length, truncated }),
      Number(cursor),
    );
    if (stream.closed) return;
    stream.onClose(() => {
      this.#subs.delete(sub);
      if (this.#subs.size === 0) this.#stopTimers();
    });
    if (this.#closed) return stream.end();
    this.#subs.add(sub);
    this.#startTimers();
  }

  /** Ends every stream (shutdown); clients reconnect to another replica and resume. */
  close(): void {
    this.#closed = true;
    for (const sub of [...this.#subs]) sub.stream.end();
    this.#stopTimers();
  }

  /** Looks for new entries on every stream now (the bus heard of a change). */
  wake(): void {
    for (const sub of this.#subs) void this.#look(sub);
  }

  #startTimers(): void {
    if (this.#poll) return;
    this.#poll = setInterval(() => this.wake(), this.#pollMs);
    this.#heartbeat = setInterval(() => {
      for (const sub of this.#subs) sub.stream.comment('ping');
    }, this.#heartbeatMs);
    this.#poll.unref();
    this.#heartbeat.unref();
    this.#unsubscribe = this.#bus?.subscribe({ change: () => this.wake() });
  }

  #stopTimers(): void {
    clearInterval(this.#poll);
    clearInterval(this.#heartbeat);
    this.#poll = undefined;
    this.#heartbeat = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  // One look at a time per stream; a wake during a look runs one more after it.
  async #look(sub: Subscriber): Promise<void> {
    if (sub.busy) {
      sub.again = true;
      return;
    }
    sub.busy = true;
    try {
      do {
        sub.again = false;
        await this.#checkToken(sub);
        if (sub.stream.closed) return;
        await this.#send(sub);
      } while (sub.again && !sub.stream.closed);
    } catch (err) {
      this.#logger.warn({ err }, 'change stream look failed; the next one retries');
    } finally {
      sub.busy = false;
    }
  }

  async #checkToken(sub: Subscriber): Promise<void> {
    const now = this.#now().getTime();
    if (now - sub.lastTokenCheck < this.#tokenCheckMs) return;
    sub.lastTokenCheck = now;
    try {
      await sub.req.checkToken();
    } catch {
      // Revoked or expired: the reconnect gets its 401.
      sub.stream.end();
    }
  }

  async #send(sub: Subscriber): Promise<void> {
    const { organizationId, projectKey } = sub.req;
    const resource = `projects/${projectKey}`;
    const now = this.#now().getTime();
    const [fresh, late] = await Promise.all([
      entriesAfter(this.#db, organizationId, { resource }, sub.cursor, noUpperBound, batchLimit),
      sub.cursor === sub.start
        ? Promise.resolve([])
        : entriesAfter(
            this.#db,
            organizationId,
            { resource, since: new Date(now - this.#lateWindowMs).toISOString() },
            sub.start,
            sub.cursor,
            batchLimit,
          ),
    ]);
    const rows = [...late.filter((r) => !sub.recent.has(String(r.id))), ...fresh].sort(byId);
    for (const row of rows) {
      const id = String(row.id);
      if (sub.recent.has(id)) continue;
      sub.stream.event('change', JSON.stringify(changeEventView(row)), Number(id));
      sub.recent.set(id, now);
      sub.cursor = maxId(sub.cursor, id);
    }
    if (fresh.length === batchLimit) sub.again = true;
    for (const [id, at] of sub.recent) if (now - at > this.#lateWindowMs) sub.recent.delete(id);
  }
}
