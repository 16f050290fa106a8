// Where a client stands, apart from the data it serves: its status and the reason for the last change,
// the last error, whether the stream is open, the promise `ready()` waits on, and the `status` and
// `ready` events. The client (client.ts) drives it from its synchronizer's callbacks.
import type { SafeEmitter } from '@ff/sdk-shared';
import type { PollOutcome } from './sync.ts';
import type { ClientEvents, ClientStatus, DataSourceKind, ReadyResult } from './types.ts';

/** What the client serves, for the ready result: its source and the ruleset's version. */
export type Served = () => { source: DataSourceKind; version: number | undefined };

export class ClientState {
  readonly #emitter: SafeEmitter<ClientEvents>;
  readonly #served: Served;
  #status: ClientStatus;
  #streamOpen = false;
  #streamLost: string | undefined;
  /** The last error reported (the `error` of a failed ready result). */
  lastError: string | undefined;
  /** Resolves once the client knows where it stands: ready, offline, failed or closed. */
  readonly settled: Promise<void>;
  #settle!: () => void;

  constructor(emitter: SafeEmitter<ClientEvents>, initial: ClientStatus, served: Served) {
    this.#emitter = emitter;
    this.#status = initial;
    this.#served = served;
    this.settled = new Promise((resolve) => (this.#settle = resolve));
  }

  get status(): ClientStatus {
    return this.#status;
  }

  /** Resolves `settled` (whatever the status). */
  settle(): void {
    this.#settle();
  }

  /** Moves to `status`, emitting `status` when it changes. */
  set(status: ClientStatus, reason?: string): void {
    const previous = this.#status;
    if (previous === status) return;
    this.#status = status;
    this.#emitter.emit('status', reason === undefined ? { status, previous } : { status, previous, reason });
  }

  /** Moves to `status` and settles; the first time, also emits `ready`. Nothing once closed. */
  settleWith(status: ClientStatus, reason?: string): void {
    if (this.#status === 'closed') return;
    const first = this.#status === 'initializing' || this.#status === 'offline';
    this.set(status, reason);
    this.#settle();
    if (first) this.#emitter.emit('ready', this.readyResult(false));
  }

  readyResult(timedOut: boolean): ReadyResult {
    const { source, version } = this.#served();
    const base = { source, ...(version === undefined ? {} : { version }) };
    const error = this.lastError === undefined ? {} : { error: this.lastError };
    switch (this.#status) {
      case 'ready':
      case 'stale':
        return { ok: true, status: 'ready', ...base };
      case 'offline':
        return { ok: true, status: 'offline', ...base };
      case 'failed':
        return { ok: false, status: 'failed', ...base, ...error };
      case 'closed':
        return { ok: source === 'server', status: 'closed', ...base };
      case 'initializing':
        return { ok: false, status: timedOut ? 'timeout' : 'failed', ...base, ...error };
    }
  }

  // Stale means no working connection: the stream is down and the poll that runs meanwhile failed. A lost
  // stream alone is not enough (the poll starts at once and answers within requestTimeout): load
  // balancers recycle long-lived connections routinely, and a poll that succeeds keeps the data as current
  // as `stream: false` does.
  streaming(open: boolean, reason?: string): void {
    this.#streamOpen = open;
    this.#streamLost = open ? undefined : reason;
    if (open && this.#status === 'stale') this.set('ready');
  }

  polled(outcome: PollOutcome): void {
    if (outcome.ok) {
      if (this.#status === 'stale') this.set('ready');
    } else if (!this.#streamOpen && this.#status === 'ready') {
      const lost = this.#streamLost === undefined ? '' : `stream lost (${this.#streamLost}), `;
      this.set('stale', `${lost}poll failed (${outcome.reason})`);
    }
  }
}
