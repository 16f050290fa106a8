// The server SDK client: evaluates locally with @ff/engine's compiled ruleset (the one evaluator), keeps
// the ruleset current through the Synchronizer, and falls back, in order, to the call's default, the
// `fallbacks` option, and false/null. Evaluation methods never throw and never wait for I/O.
import { changedFlags, compileRuleset, Dependents, patchRuleset } from '@ff/engine';
import type { CompiledRuleset, EvaluationResult } from '@ff/engine';
import { KEY_PATTERN } from '@ff/engine/limits';
import { EventSender, SafeEmitter } from '@ff/sdk-shared';
import { ClientState } from './client-state.ts';
import { loadLocalRuleset, SnapshotWriter } from './files.ts';
import type { LocalRuleset } from './files.ts';
import { Experiments } from './experiments.ts';
import type { ExperimentAssignment, ExperimentHandle } from './experiments.ts';
import { Http } from './http.ts';
import { resolveOptions } from './options.ts';
import type { ClientOptions, ResolvedOptions } from './options.ts';
import { acceptRuleset, parseDelete, parsePatch } from './ruleset-data.ts';
import type { ParsedChange } from './ruleset-data.ts';
import { Synchronizer } from './sync.ts';
import { contextKey, fallbackDetail, notReady, sameJsonType, toClientValue } from './values.ts';
import type {
  BooleanFlagKey,
  ClientEvents,
  ClientFlagValue,
  ClientStatus,
  ContextInput,
  DataSourceKind,
  ErrorEvent,
  EvaluationDetail,
  FlagClient,
  FlagKey,
  FlagValue,
  Json,
  ReadyResult,
  Ruleset,
  ValueResult,
} from './types.ts';

const DEFAULT_READY_TIMEOUT = 5_000;

// The test client's way in: it serves rulesets built in code through a real (offline) client, so both
// share every rule of evaluation, fallback and typing. Not exported from the package's index.
let install: (client: Client, ruleset: Ruleset) => void;

/** Replaces an offline client's ruleset (for `@ff/sdk-node/testing`). */
export function installRuleset(client: Client, ruleset: Ruleset): void {
  install(client, ruleset);
}

/** The client {@link createClient} returns. */
export class Client implements FlagClient {
  static {
    install = (client, ruleset) => client.#install(ruleset, 'test');
  }

  readonly #opts: ResolvedOptions;
  readonly #emitter = new SafeEmitter<ClientEvents>();
  readonly #sender: EventSender | undefined;
  /** Running experiments (automatic exposures) and the remote experiment calls; absent offline. */
  readonly #experiments: Experiments | undefined;
  readonly #trackExposures: boolean;
  readonly #sync: Synchronizer | undefined;
  readonly #snapshot: SnapshotWriter | undefined;
  readonly #init: Promise<void>;
  #compiled: CompiledRuleset | undefined;
  #doc: Ruleset | undefined;
  /** Who names each flag and segment of `#doc`, built at its first patch. */
  #dependents: Dependents | undefined;
  #source: DataSourceKind = 'none';
  /** Status, last error, stream state and the promise `ready()` waits on. */
  readonly #state: ClientState;
  #flushTimer: NodeJS.Timeout | undefined;

  /** Use {@link createClient}. */
  constructor(options: ClientOptions) {
    const { options: opts, problem } = resolveOptions(options);
    this.#opts = opts;
    this.#state = new ClientState(this.#emitter, opts.offline ? 'offline' : 'initializing', () => ({
      source: this.#source,
      version: this.#compiled?.version,
    }));
    this.#trackExposures = !opts.offline && opts.sendEvents;
    const onError = (kind: ErrorEvent['kind']) => (message: string, error?: unknown) =>
      this.#error({ kind, message, error });
    if (!opts.offline) {
      const http = new Http({
        baseUrl: opts.baseUrl,
        sdkKey: opts.sdkKey,
        fetch: opts.fetch,
        timeout: opts.requestTimeout,
      });
      if (opts.sendEvents) {
        this.#sender = new EventSender(http, {
          maxQueue: opts.maxEventQueue,
          retryDelay: Math.min(1_000, opts.flushInterval),
          onError: onError('events'),
          isFlagKey: (key) => KEY_PATTERN.test(key),
        });
        this.#flushTimer = setInterval(() => void this.flush(), opts.flushInterval);
        this.#flushTimer.unref();
      }
      // Exposures ride with the summaries and tracked events (batch ids, one retry, the queue bound).
      const sender = this.#sender;
      this.#experiments = new Experiments(http, onError('events'), sender && ((x) => sender.expose(x)));
      this.#sync = new Synchronizer(
        http,
        {
          put: (data) => this.#put(data),
          change: (event, data) => this.#change(event, data),
          version: () => (this.#source === 'server' ? this.#doc?.version : undefined),
          streaming: (open, reason) => this.#state.streaming(open, reason),
          polled: (outcome) => this.#state.polled(outcome),
          fatal: (message) => this.#fail(message),
          error: (kind, message, error) => this.#error({ kind, message, error }),
        },
        {
          stream: opts.stream,
          pollInterval: opts.pollInterval,
          initialBackoff: opts.initialBackoff,
          maxBackoff: opts.maxBackoff,
          idleTimeout: opts.streamIdleTimeout,
        },
      );
    }
    if (opts.snapshotFile !== undefined)
      this.#snapshot = new SnapshotWriter(opts.snapshotFile, onError('file'));
    // Local data first (it is served until the server answers), then the network.
    this.#init = Promise.resolve(this.#loadLocal()).then(() => {
      if (problem !== undefined) this.#fail(problem);
      else if (opts.offline) this.#state.settleWith('offline');
      else if (this.#state.status !== 'closed') this.#sync?.start();
    });
  }

  /** Where the client stands. */
  get status(): ClientStatus {
    return this.#state.status;
  }

  /** The environment version of the ruleset in use, if any. */
  get version(): number | undefined {
    return this.#compiled?.version;
  }

  async ready(options: { timeout?: number } = {}): Promise<ReadyResult> {
    const timeout = options.timeout ?? DEFAULT_READY_TIMEOUT;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeout);
    });
    const outcome = await Promise.race([
      // Ready includes knowing the running experiments, so the first evaluations log their exposures.
      this.#state.settled.then(() => this.#experiments?.loaded()).then(() => 'settled' as const),
      timedOut,
    ]);
    clearTimeout(timer);
    return this.#state.readyResult(outcome === 'timeout');
  }

  isEnabled(key: BooleanFlagKey, context?: ContextInput | null, defaultValue?: boolean): boolean {
    // Performance note: this is the hot path. A served variation costs one engine evaluation and one
    // counter bump; the fallback chain is only walked on a miss.
    try {
      const compiled = this.#compiled;
      if (compiled !== undefined) {
        const result = compiled.evaluate(key, context, null);
        const index = result.variationIndex;
        if (index !== undefined && typeof result.value === 'boolean') {
          this.#sender?.summaries.record(key, index);
          if (this.#trackExposures) this.#experiments?.evaluated(key, context, result);
          return result.value;
        }
      }
      this.#sender?.summaries.record(key, undefined);
      const fallback = defaultValue ?? this.#opts.fallbacks[key];
      return typeof fallback === 'boolean' ? fallback : false;
    } catch {
      return defaultValue === true;
    }
  }

  getValue<K extends FlagKey, D extends FlagValue<K>>(
    key: K,
    context: ContextInput | null | undefined,
    defaultValue: D,
  ): ValueResult<K, D>;
  getValue<K extends FlagKey>(key: K, context?: ContextInput | null): FlagValue<K> | null;
  getValue(key: string, context?: ContextInput | null, defaultValue?: Json): unknown {
    return this.#detail(key, context, defaultValue).value;
  }

  getVariant(key: FlagKey, context?: ContextInput | null): string | undefined {
    return this.#detail(key, context, undefined).variant;
  }

  evaluate<K extends FlagKey>(
    key: K,
    context?: ContextInput | null,
    defaultValue?: FlagValue<K>,
  ): EvaluationDetail<FlagValue<K>> {
    return this.#detail(key, context, defaultValue as Json | undefined) as EvaluationDetail<FlagValue<K>>;
  }

  allFlags(context: ContextInput | null | undefined): Record<string, ClientFlagValue> {
    const out: Record<string, ClientFlagValue> = {};
    try {
      const all = this.#compiled?.evaluateAll(context, (flag) => flag.clientSide) ?? {};
      for (const [key, result] of Object.entries(all))
        out[key] = toClientValue(result, this.#experiments?.exposes(key, context, result) ?? false);
    } catch {
      // evaluateAll does not throw; a hostile context (a throwing getter) is the only way here.
    }
    return out;
  }

  track(event: string, context: ContextInput | null | undefined, value?: number): void {
    if (typeof event !== 'string' || event === '' || this.#sender === undefined) return;
    try {
      const tracked = { name: event, contextKey: contextKey(context), timestamp: Date.now() };
      this.#sender.track(
        typeof value === 'number' && Number.isFinite(value) ? { ...tracked, value } : tracked,
      );
    } catch {
      // A hostile context cannot make track throw into the application.
    }
  }

  on<E extends keyof ClientEvents>(event: E, listener: (payload: ClientEvents[E]) => void): () => void {
    return this.#emitter.on(event, listener);
  }

  off<E extends keyof ClientEvents>(event: E, listener: (payload: ClientEvents[E]) => void): void {
    this.#emitter.off(event, listener);
  }

  async flush(): Promise<void> {
    await this.#sender?.flush();
  }

  /**
   * The remote calls of experiment `key` (through the API's SDK routes): `assign` stores a sticky
   * assignment, `getVariant` stores nothing, `logExposure` records an exposure. Each resolves with a
   * null variant (never rejects) when the experiment is not running, the context is not enrolled, or
   * the API cannot be reached (an `error` event says why).
   */
  experiment(key: string): ExperimentHandle {
    return (
      this.#experiments?.handle(key) ?? {
        assign: async () => ({ variant: null, isNew: false }),
        getVariant: async () => null,
        logExposure: async () => ({ variant: null, isNew: false }),
      }
    );
  }

  /** `experiment(key).assign(context)`: the context's stored (sticky) variant of a running experiment. */
  assign(experimentKey: string, context: ContextInput): Promise<ExperimentAssignment> {
    return this.experiment(experimentKey).assign(context);
  }

  /** `experiment(key).logExposure(context)`: records that the context saw its variant. */
  logExposure(experimentKey: string, context: ContextInput): Promise<ExperimentAssignment> {
    return this.experiment(experimentKey).logExposure(context);
  }

  async close(): Promise<void> {
    if (this.#state.status === 'closed') return;
    this.#state.set('closed');
    this.#sync?.stop();
    clearInterval(this.#flushTimer);
    this.#state.settle();
    await this.#init.catch(() => undefined);
    await Promise.all([this.flush(), this.#snapshot?.idle()]);
  }

  /** One evaluation with the fallback chain and the type check against the default (or fallback). */
  #detail(key: string, context: unknown, defaultValue: Json | undefined): EvaluationDetail {
    try {
      const fallback = defaultValue ?? (this.#opts.fallbacks[key] as Json | undefined);
      const compiled = this.#compiled;
      const result: EvaluationResult | undefined = compiled?.evaluate(key, context as ContextInput, null);
      if (result === undefined || result.variationIndex === undefined) {
        this.#sender?.summaries.record(key, undefined);
        return fallbackDetail(key, fallback, result ?? notReady(this.#state.status));
      }
      if (fallback !== undefined && fallback !== null && !sameJsonType(result.value, fallback)) {
        this.#sender?.summaries.record(key, undefined);
        return fallbackDetail(key, fallback, {
          reason: 'ERROR',
          errorCode: 'TYPE_MISMATCH',
          errorMessage: `flag "${key}" serves ${JSON.stringify(result.value)}, not the type of the default`,
        });
      }
      this.#sender?.summaries.record(key, result.variationIndex);
      if (this.#trackExposures) this.#experiments?.evaluated(key, context, result);
      const version = compiled!.flag(key)?.version;
      return version === undefined
        ? { flagKey: key, ...result }
        : { flagKey: key, ...result, flagVersion: version };
    } catch (e) {
      return fallbackDetail(key, defaultValue ?? null, {
        reason: 'ERROR',
        errorCode: 'GENERAL',
        errorMessage: e instanceof Error ? e.message : String(e),
      });
    }
  }

  #fail(message: string): void {
    this.#error({ kind: 'auth', message });
    this.#sync?.stop();
    this.#state.settleWith('failed', message);
  }

  #error(event: ErrorEvent): void {
    this.#state.lastError = event.message;
    this.#emitter.emit('error', event);
  }

  // Synchronous when there is no file to read (see loadLocalRuleset).
  #loadLocal(): Promise<void> | void {
    const { bootstrap, snapshotFile } = this.#opts;
    const found = loadLocalRuleset(bootstrap, snapshotFile, (kind, message) =>
      this.#error({ kind, message }),
    );
    if (found instanceof Promise) return found.then((best) => this.#installLocal(best));
    this.#installLocal(found);
  }

  #installLocal(best: LocalRuleset | undefined): void {
    // The server may already have answered while the files were read: never replace its data.
    if (best !== undefined && this.#source !== 'server') this.#install(best.ruleset, best.source);
  }

  #install(ruleset: Ruleset, source: DataSourceKind): void {
    const flags = changedFlags(this.#doc, ruleset);
    this.#compiled = compileRuleset(ruleset);
    this.#doc = ruleset;
    this.#dependents = undefined;
    const sourceChanged = this.#source !== source;
    this.#source = source;
    if (source === 'server') {
      this.#snapshot?.write(ruleset);
      if (this.#state.status === 'initializing' || this.#state.status === 'stale') {
        this.#state.settleWith('ready');
      }
    }
    if (flags.length > 0 || sourceChanged)
      this.#emitter.emit('change', { version: ruleset.version, flags, source });
  }

  #put(data: unknown): boolean {
    if (this.#state.status === 'closed' || this.#state.status === 'failed') return false;
    const checked = acceptRuleset(data);
    if (checked.ok === false) {
      this.#error({ kind: 'payload', message: `${checked.error}; keeping the last good ruleset` });
      return false;
    }
    if (checked.ok !== true) return true;
    const current = this.#source === 'server' ? this.#doc?.version : undefined;
    // A poll answered by a replica that lags behind the stream must not move the client back in time.
    if (current !== undefined && (checked.ruleset.version ?? -1) < current) return true;
    this.#install(checked.ruleset, 'server');
    // A ruleset change may be an experiment launched or stopped: read the running ones again.
    if (this.#trackExposures) void this.#experiments?.refresh();
    return true;
  }

  #change(event: 'patch' | 'delete', data: unknown): boolean {
    if (this.#state.status === 'closed' || this.#state.status === 'failed') return false;
    if (this.#source !== 'server' || this.#doc === undefined) {
      this.#error({ kind: 'payload', message: `a "${event}" arrived before any "put"; ignored` });
      return false;
    }
    const parsed = (event === 'patch' ? parsePatch : parseDelete)(this.#doc, data);
    if (parsed.ok === false) {
      this.#error({ kind: 'payload', message: `${parsed.error}; keeping the last good ruleset` });
      return false;
    }
    if (parsed.ok === true) this.#patch(this.#doc, this.#compiled!, parsed.change);
    if (this.#trackExposures) void this.#experiments?.refresh();
    return true;
  }

  // Performance note: a patch swaps one entry of the server's ruleset (ours alone: it was parsed from the
  // wire) and of its compiled form, in place; recompiling the whole ruleset cost O(project) per change.
  #patch(doc: Ruleset, compiled: CompiledRuleset, change: ParsedChange): void {
    this.#dependents ??= new Dependents(doc);
    const flags = patchRuleset(doc, compiled, change, this.#dependents);
    this.#snapshot?.write(doc);
    if (this.#state.status === 'initializing' || this.#state.status === 'stale')
      this.#state.settleWith('ready');
    if (flags.length > 0) this.#emitter.emit('change', { version: change.version, flags, source: 'server' });
  }
}

/**
 * Creates a client. It starts loading `bootstrap`/`snapshotFile` and connecting at once; evaluations
 * work immediately (serving fallbacks until data arrives). `await client.ready()` to wait for the server.
 */
export function createClient(options: ClientOptions): Client {
  return new Client(options);
}
