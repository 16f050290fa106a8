// Evaluation summaries, experiment exposures and tracked events, gathered in memory and sent in batches to /sdk/v1/events.
// Nothing here may slow down or break an evaluation: recording is a counter bump, and every failure to
// send ends in an `error` event, never in an exception or an unhandled rejection.

/** How batches leave: sdk-node's HTTP client, or the browser SDK's fetch (no User-Agent, keepalive). */
export interface SendLike {
  send(
    path: string,
    init: { method: string; headers: Record<string, string>; body: string },
  ): Promise<{
    readonly status: number;
  }>;
}

/** One row of `summaries` in `POST /sdk/v1/events`. */
export interface SummaryRow {
  flag: string;
  variation: number | null;
  count: number;
  start: number;
  end: number;
}

/** One row of `events` in `POST /sdk/v1/events`. */
export interface TrackedEvent {
  name: string;
  contextKey: string;
  value?: number;
  timestamp: number;
}

/** One row of `exposures` in `POST /sdk/v1/events`: a context served its experiment variant. */
export interface ExposureRow {
  flag: string;
  variation: number;
  contextKey: string;
  timestamp: number;
}

/** The server refuses batches above 10,000 items; stay well under it (and under 1 MiB). */
const MAX_ITEMS_PER_REQUEST = 5_000;

// The server refuses a whole batch when one item breaks its schema, so what it cannot take is left out
// here: evaluations of keys that cannot name a flag, events without a context key. Which keys can name a
// flag is the engine's rule (KEY_PATTERN); this package has no engine, so the SDK passes the test in
// (sdk-node the engine's pattern, the browser SDK "a key the API served").
const MAX_COUNT = 1_000_000_000;

/**
 * Per-flag counters for the current window. Slot 0 counts evaluations that served a fallback
 * (variation `null`), slot i + 1 counts variation i.
 *
 * Performance note: `record` is on the evaluation hot path. After a flag's first evaluation in a window
 * it is one Map lookup and one increment in a packed array of small integers: no allocation.
 */
export class SummaryCounter {
  private _counts = new Map<string, number[]>();
  private _start = Date.now();
  private readonly _isFlagKey: (key: string) => boolean;

  constructor(isFlagKey: (key: string) => boolean) {
    this._isFlagKey = isFlagKey;
  }

  /** Counts one evaluation of `flag` that served `variationIndex` (undefined: a fallback). */
  record(flag: string, variationIndex: number | undefined): void {
    let slots = this._counts.get(flag);
    if (slots === undefined) {
      slots = [0, 0, 0, 0];
      this._counts.set(flag, slots);
    }
    const i = variationIndex === undefined ? 0 : variationIndex + 1;
    if (i < slots.length) slots[i]!++;
    else {
      while (slots.length <= i) slots.push(0);
      slots[i] = 1;
    }
  }

  /** The window's rows, and a fresh window. */
  take(now = Date.now()): SummaryRow[] {
    const counts = this._counts;
    const start = this._start;
    this._counts = new Map();
    this._start = now;
    const rows: SummaryRow[] = [];
    for (const [flag, slots] of counts) {
      if (!this._isFlagKey(flag)) continue;
      slots.forEach((count, i) => {
        if (count > 0 && i <= 1001) {
          const row = { flag, variation: i === 0 ? null : i - 1, start, end: now };
          for (let left = count; left > 0; left -= MAX_COUNT)
            rows.push({ ...row, count: Math.min(left, MAX_COUNT) });
        }
      });
    }
    return rows;
  }
}

/** Options of {@link EventSender}. */
export interface EventSenderOptions {
  /** At most this many tracked events (and as many exposures) wait for sending; more are dropped (and reported). */
  readonly maxQueue: number;
  /** Wait before the one retry of a batch that failed for a reason that may pass (network, 5xx, 429). */
  readonly retryDelay: number;
  readonly onError: (message: string, error?: unknown) => void;
  /** Whether a key can name a flag: summaries of other keys are left out (the server refuses them). */
  readonly isFlagKey: (key: string) => boolean;
}

/** A random batch id (128 bits, base64url): Web Crypto, which Node and every browser page have. */
function batchId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Queues tracked events, takes the summaries, and posts them in batches. */
export class EventSender {
  readonly summaries: SummaryCounter;
  private _queue: TrackedEvent[] = [];
  private _exposures: ExposureRow[] = [];
  private _dropped = 0;
  private _droppedExposures = 0;
  private _inFlight: Promise<void> = Promise.resolve();
  // Only `send`: the browser SDK passes its own request function (no User-Agent, keepalive on page hide).
  private readonly _http: SendLike;
  private readonly _opts: EventSenderOptions;

  constructor(http: SendLike, opts: EventSenderOptions) {
    this._http = http;
    this._opts = opts;
    this.summaries = new SummaryCounter(opts.isFlagKey);
  }

  /** How many tracked events are waiting. */
  get queued(): number {
    return this._queue.length;
  }

  /**
   * Queues a tracked event; drops it when the queue is full, and ignores one the server would refuse
   * (a name of 1–200 characters and a context key of 1–512 are required).
   */
  track(event: TrackedEvent): void {
    if (event.name.length > 200 || event.contextKey === '' || event.contextKey.length > 512) return;
    if (this._queue.length >= this._opts.maxQueue) this._dropped++;
    else this._queue.push(event);
  }

  /** Queues an exposure (the caller deduplicates); dropped when the queue is full, like an event. */
  expose(exposure: ExposureRow): void {
    if (exposure.contextKey === '' || exposure.contextKey.length > 512) return;
    if (this._exposures.length >= this._opts.maxQueue) this._droppedExposures++;
    else this._exposures.push(exposure);
  }

  /**
   * Sends everything gathered so far. Flushes run one after another (a flush waits for the previous
   * one), so a batch is never sent twice. Never rejects.
   */
  flush(): Promise<void> {
    const next = this._inFlight.then(() => this._send());
    this._inFlight = next;
    return next;
  }

  private async _send(): Promise<void> {
    const summaries = this.summaries.take();
    const events = this._queue;
    const exposures = this._exposures;
    this._queue = [];
    this._exposures = [];
    for (const [n, what] of [
      [this._dropped, 'tracked events'],
      [this._droppedExposures, 'exposures'],
    ] as const)
      if (n > 0) this._opts.onError(`${n} ${what} dropped: the queue of ${this._opts.maxQueue} was full`);
    this._dropped = 0;
    this._droppedExposures = 0;
    const items: ({ summary: SummaryRow } | { exposure: ExposureRow } | { event: TrackedEvent })[] = [
      ...summaries.map((summary) => ({ summary })),
      ...exposures.map((exposure) => ({ exposure })),
      ...events.map((event) => ({ event })),
    ];
    for (let i = 0; i < items.length; i += MAX_ITEMS_PER_REQUEST) {
      const chunk = items.slice(i, i + MAX_ITEMS_PER_REQUEST);
      // The id stays with the batch through its retry: the API counts a batch it has seen once.
      const body: {
        batchId: string;
        summaries?: SummaryRow[];
        exposures?: ExposureRow[];
        events?: TrackedEvent[];
      } = { batchId: batchId() };
      const rows = chunk.flatMap((c) => ('summary' in c ? [c.summary] : []));
      const exposed = chunk.flatMap((c) => ('exposure' in c ? [c.exposure] : []));
      const tracked = chunk.flatMap((c) => ('event' in c ? [c.event] : []));
      if (rows.length > 0) body.summaries = rows;
      if (exposed.length > 0) body.exposures = exposed;
      if (tracked.length > 0) body.events = tracked;
      await this._post(JSON.stringify(body), chunk.length);
    }
  }

  private async _post(body: string, count: number): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      let retryable: boolean;
      let message: string;
      let error: unknown;
      try {
        const res = await this._http.send('/sdk/v1/events', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        if (res.status >= 200 && res.status < 300) return;
        retryable = res.status >= 500 || res.status === 429;
        message = `POST /sdk/v1/events answered ${res.status}`;
      } catch (e) {
        retryable = true;
        message = e instanceof Error ? e.message : String(e);
        error = e;
      }
      if (!retryable || attempt >= 1) {
        this._opts.onError(`${count} events not sent: ${message}`, error);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, this._opts.retryDelay));
    }
  }
}
