// Each replica's ear on the database: committed changes (announced by bumpEnvironments with
// pg_notify, see stream/changes.ts) arrive here, in commit order, and go to the replica's listeners:
// the SSE hub and the SDK ruleset cache. On real Postgres the bus LISTENs on a connection of its own,
// outside knex's pool (a pooled connection would be handed to queries, and a LISTEN must stay put); on
// PGlite, the one embedded database delivers its notifications in-process.
//
// It also keeps the newest version it has seen per environment, so the SDK endpoints can tell whether
// a cached ruleset is current without a query. While the LISTEN connection is down that knowledge may
// be stale, so `knownVersion` says "unknown" until it is back and resynchronised.
import pg from 'pg';
import type { Db } from '../db/knex.ts';
import { pgliteOf } from '../db/knex.ts';
import type { Logger } from '../logger.ts';
import { allEnvironmentVersions } from '../modules/environments/versions.ts';
import { changeChannel, parseChange } from './changes.ts';
import type { Change } from './changes.ts';

export interface ChangeListener {
  /** A committed change, in commit order per environment. */
  change(change: Change): void;
  /**
   * After the LISTEN connection was lost and is back: notifications in between are gone, so here is
   * every environment's current version; anything that moved must be re-read.
   */
  resync?(versions: ReadonlyMap<string, number>): void;
}

export interface ChangeBusOptions {
  db: Db;
  logger: Logger;
  /** First reconnect delay after the LISTEN connection drops; doubles up to 5 s. */
  reconnectDelayMs?: number;
}

const maxReconnectDelayMs = 5_000;

export class ChangeBus {
  readonly #db: Db;
  readonly #logger: Logger;
  readonly #firstDelay: number;
  readonly #listeners = new Set<ChangeListener>();
  readonly #versions = new Map<string, number>();
  #live = false;
  #stopped = false;
  #starting: Promise<void> | undefined;
  #client: pg.Client | undefined;
  #unlisten: (() => Promise<void>) | undefined;
  #retry: NodeJS.Timeout | undefined;

  constructor(opts: ChangeBusOptions) {
    this.#db = opts.db;
    this.#logger = opts.logger;
    this.#firstDelay = opts.reconnectDelayMs ?? 100;
  }

  /** Starts listening; resolves once changes are being received (idempotent). */
  start(): Promise<void> {
    this.#stopped = false;
    this.#starting ??= this.#connect();
    return this.#starting;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#live = false;
    clearTimeout(this.#retry);
    await this.#starting?.catch(() => {});
    this.#starting = undefined;
    const client = this.#client;
    this.#client = undefined;
    await client?.end().catch(() => {});
    const unlisten = this.#unlisten;
    this.#unlisten = undefined;
    await unlisten?.().catch(() => {});
  }

  /** True while changes are being received. */
  get live(): boolean {
    return this.#live;
  }

  subscribe(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * The newest version of the environment this replica knows of, or undefined when it cannot vouch for
   * one (not listening, or an environment it has not heard of): then ask the database.
   */
  knownVersion(environmentId: string): number | undefined {
    return this.#live ? this.#versions.get(environmentId) : undefined;
  }

  /** Records a version read from the database, so later checks need no query (never lowers one). */
  noteVersion(environmentId: string, version: number): void {
    if (!this.#live) return;
    const known = this.#versions.get(environmentId);
    if (known === undefined || version > known) this.#versions.set(environmentId, version);
  }

  #deliver = (payload: string): void => {
    const change = parseChange(payload);
    if (!change) {
      this.#logger.warn({ payload: payload.slice(0, 200) }, 'unreadable change notification skipped');
      return;
    }
    const known = this.#versions.get(change.environmentId);
    if (known === undefined || change.version > known)
      this.#versions.set(change.environmentId, change.version);
    for (const l of this.#listeners) {
      try {
        l.change(change);
      } catch (err) {
        this.#logger.error({ err }, 'change listener failed');
      }
    }
  };

  async #connect(): Promise<void> {
    const pglite = pgliteOf(this.#db);
    if (pglite) {
      this.#unlisten = await (await pglite).listen(changeChannel, this.#deliver);
      await this.#loadVersions();
      this.#live = true;
      return;
    }
    await this.#connectPg();
  }

  // Listen first, then read the versions: a change committed in between is both counted and delivered,
  // and a version never goes down, so nothing is missed.
  async #connectPg(): Promise<void> {
    const conn = (this.#db.client as { config: { connection: pg.ClientConfig } }).config.connection;
    const client = new pg.Client({ ...conn, keepAlive: true, application_name: 'ff change bus' });
    client.on('notification', (msg) => {
      if (msg.channel === changeChannel && msg.payload !== undefined) this.#deliver(msg.payload);
    });
    client.on('error', (err) => this.#lost(client, err));
    client.on('end', () => this.#lost(client));
    try {
      await client.connect();
      await client.query(`listen ${changeChannel}`);
      await this.#loadVersions();
    } catch (err) {
      await client.end().catch(() => {});
      throw err;
    }
    if (this.#stopped) {
      await client.end().catch(() => {});
      return;
    }
    this.#client = client;
    this.#live = true;
  }

  #lost(client: pg.Client, err?: Error): void {
    if (client !== this.#client || this.#stopped) return;
    this.#client = undefined;
    this.#live = false;
    client.end().catch(() => {});
    this.#logger.warn({ err }, 'change bus connection lost; reconnecting');
    this.#reconnect(this.#firstDelay);
  }

  #reconnect(delay: number): void {
    this.#retry = setTimeout(() => {
      if (this.#stopped) return;
      this.#connectPg().then(
        () => {
          if (this.#stopped) return;
          this.#logger.info('change bus reconnected');
          for (const l of this.#listeners) {
            try {
              l.resync?.(this.#versions);
            } catch (err) {
              this.#logger.error({ err }, 'change listener failed to resync');
            }
          }
        },
        (err: unknown) => {
          this.#logger.warn({ err }, 'change bus reconnect failed');
          this.#reconnect(Math.min(delay * 2, maxReconnectDelayMs));
        },
      );
    }, delay);
    this.#retry.unref();
  }

  async #loadVersions(): Promise<void> {
    for (const r of await allEnvironmentVersions(this.#db)) {
      const v = r.version;
      const known = this.#versions.get(r.id);
      if (known === undefined || v > known) this.#versions.set(r.id, v);
    }
  }
}
