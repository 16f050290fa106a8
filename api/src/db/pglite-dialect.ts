import { createRequire } from 'node:module';
import { PGlite } from '@electric-sql/pglite';

// knex ships no types for its dialect internals; this is the slice of Client_PG we extend.
interface KnexQueryObject {
  sql: string;
  bindings?: unknown[];
  response?: unknown;
}
interface ClientPgBase {
  config: { connection?: unknown };
  version?: string;
  destroy(callback?: (err?: unknown) => void): Promise<void>;
}
type ClientPgCtor = new (config: Record<string, unknown>) => ClientPgBase;

const require = createRequire(import.meta.url);
const ClientPG = require('knex/lib/dialects/postgres/index.js') as ClientPgCtor;

export interface PgliteConnectionConfig {
  /** A PGlite data directory, or `memory://` for an in-memory database. */
  dataDir: string;
  /** A dumped data directory (see PGlite#dumpDataDir) to start from: the PGlite analog of a template database. */
  loadDataDir?: Blob;
}

const MULTIPLE_COMMANDS = '42601';

/**
 * knex's PostgreSQL client with PGlite underneath. PGlite is one single-connection database, so the
 * "pool" holds exactly one connection: the PGlite instance itself. knex's pool (tarn) queues every other
 * acquirer, which is what makes concurrent `knex.transaction()` calls wait their turn instead of
 * interleaving statements inside each other's transactions.
 */
export class ClientPglite extends ClientPG {
  pglite: Promise<PGlite> | undefined;

  constructor(config: Record<string, unknown>) {
    super({ ...config, pool: { min: 1, max: 1, idleTimeoutMillis: 2 ** 31 - 1 } });
  }

  // Knex calls _driver() when it initializes; PGlite needs no driver module.
  _driver(): unknown {
    return {};
  }

  /** The PGlite instance (for listen/notify, dumpDataDir, clone); created on first use. */
  getPglite(): Promise<PGlite> {
    if (!this.pglite) {
      const { dataDir, loadDataDir } = this.config.connection as PgliteConnectionConfig;
      this.pglite = PGlite.create(dataDir, loadDataDir ? { loadDataDir } : {});
    }
    return this.pglite;
  }

  async acquireRawConnection(): Promise<PGlite> {
    const db = await this.getPglite();
    this.version ??= '17.0';
    return db;
  }

  // The pool may retire its one connection; the database must outlive that, so we only close in destroy().
  async destroyRawConnection(): Promise<void> {}

  override async destroy(callback?: (err?: unknown) => void): Promise<void> {
    await super.destroy();
    const pglite = this.pglite;
    this.pglite = undefined;
    try {
      if (pglite) await (await pglite).close();
      callback?.();
    } catch (err) {
      if (callback) callback(err);
      else throw err;
    }
  }

  async _query(connection: PGlite, obj: KnexQueryObject): Promise<KnexQueryObject> {
    if (!obj.sql) throw new Error('The query is empty');
    const bindings = obj.bindings ?? [];
    try {
      const res = await connection.query(obj.sql, bindings);
      obj.response = { ...res, rowCount: res.affectedRows ?? res.rows.length };
    } catch (err) {
      // Raw multi-statement SQL (no bindings) cannot go through the extended protocol; run it as a script.
      if ((err as { code?: string }).code !== MULTIPLE_COMMANDS || bindings.length > 0) throw err;
      const results = await connection.exec(obj.sql);
      const last = results.at(-1);
      obj.response = { command: 'EXEC', rows: last?.rows ?? [], fields: last?.fields ?? [], rowCount: 0 };
    }
    return obj;
  }

  _stream(): never {
    throw new Error('Streaming queries are not supported on PGlite');
  }
}
