// What the browser client reports to POST /sdk/v1/events: evaluation summaries, experiment exposures and
// tracked events, batched by @ff/sdk-shared's EventSender, sent every `flushInterval` and at once (with
// keepalive) when the page is hidden or left. An exposure is recorded the first time the page reads a
// flag the API marked `inExperiment` for a context: once per (context key, flag) per page session. A
// flag read before its value carried the marker (a bootstrap without markers, then the API's values) is
// exposed when the marked value arrives: it is on screen, and a value that did not change re-renders
// nothing, so no second read would come.
import { EventSender } from '@ff/sdk-shared';
import type { TrackedEvent } from '@ff/sdk-shared';
import type { ClientFlagValue } from './types.ts';

// The page's events, typed here: the repository type-checks without the DOM library.
interface EventHost {
  addEventListener?(type: string, listener: () => void): void;
  removeEventListener?(type: string, listener: () => void): void;
}
const page = globalThis as unknown as EventHost & { document?: EventHost & { visibilityState?: string } };

/** Units × flags remembered as read; beyond it the memory starts over (a repeat costs one row update). */
const MAX_EXPOSED = 10_000;

export interface ReporterOptions {
  send(
    path: string,
    init: { method: string; headers: Record<string, string>; body: string; keepalive: boolean },
  ): Promise<{ readonly status: number }>;
  onError(message: string): void;
  /** Whether a key can name a flag (the browser SDK: a key the API served). */
  isFlagKey(key: string): boolean;
  flushInterval: number;
}

/** What the client calls; absent with `sendEvents: false`. */
export interface Reporter {
  /** Sends every `flushInterval`, and at once when the page is hidden (it may never come back). */
  start(): void;
  stop(): void;
  /** One read of `key` that served `f` (undefined: a fallback) to `contextKey`. */
  read(key: string, f: ClientFlagValue | undefined, contextKey: string): void;
  /** A value arrived for `key`: exposed now if it is marked and the page already read the flag. */
  served(key: string, f: ClientFlagValue, contextKey: string): void;
  track(event: TrackedEvent): void;
  flush(): Promise<void>;
}

// Performance note: closures, not a class: the minifier renames locals but not properties (bundle size).
export function reporter(o: ReporterOptions): Reporter {
  const events = new EventSender(
    // keepalive lets a flush on page hide outlive the page; browsers cap keepalive bodies at 64 kB.
    { send: (path, init) => o.send(path, { ...init, keepalive: init.body.length < 60_000 }) },
    { maxQueue: 1000, retryDelay: 2000, onError: o.onError, isFlagKey: o.isFlagKey },
  );
  const flush = () => events.flush();
  const onHide = () => {
    if (page.document?.visibilityState !== 'visible') void flush();
  };
  let timer: ReturnType<typeof setInterval> | undefined;
  // (context key, flag) → exposed yet; present once the page read the flag's value.
  let seen = new Map<string, boolean>();
  const see = (key: string, f: ClientFlagValue, contextKey: string) => {
    const id = `${contextKey}\0${key}`;
    if (seen.get(id)) return;
    const exposes = f.inExperiment === true && f.variationIndex !== undefined;
    if (seen.size >= MAX_EXPOSED) seen = new Map();
    seen.set(id, exposes);
    if (exposes)
      events.expose({ flag: key, variation: f.variationIndex!, contextKey, timestamp: Date.now() });
  };
  return {
    start() {
      timer = setInterval(() => void flush(), o.flushInterval);
      page.addEventListener?.('pagehide', onHide);
      page.document?.addEventListener?.('visibilitychange', onHide);
    },
    stop() {
      clearInterval(timer);
      page.removeEventListener?.('pagehide', onHide);
      page.document?.removeEventListener?.('visibilitychange', onHide);
    },
    read(key, f, contextKey) {
      events.summaries.record(key, f?.variationIndex);
      // A fallback (unknown flag, wrong type) shows the app's default: not this value.
      if (f) see(key, f, contextKey);
    },
    served(key, f, contextKey) {
      if (f.inExperiment && seen.has(`${contextKey}\0${key}`)) see(key, f, contextKey);
    },
    track: (event) => events.track(event),
    flush,
  };
}
