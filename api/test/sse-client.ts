// A minimal Server-Sent Events reader over fetch, for the stream tests and the propagation bench: it
// parses the wire format (events, ids, comments) as a browser's EventSource would, and lets a caller
// wait for the next event that matches, or for any condition on what has arrived. Waits end on what
// arrives; their timeouts only bound a failure, so they are generous.

export interface SseMessage {
  event: string;
  /** The id field of this block, if it had one. */
  id: string | undefined;
  data: string;
  /** When the block was parsed (performance.now()). */
  at: number;
}

export interface SseClient {
  status: number;
  headers: Headers;
  /** Every event received so far (comments and id-only blocks are not events). */
  events: SseMessage[];
  comments: string[];
  /** The Last-Event-ID a reconnecting EventSource would send. */
  lastEventId: string | undefined;
  /** Resolves with the first event (from `from` on) that `match` accepts; rejects after `timeoutMs`. */
  next(match?: (e: SseMessage) => boolean, timeoutMs?: number, from?: number): Promise<SseMessage>;
  /**
   * Resolves once `check` holds, looking again after every block received (events, comments, id-only
   * blocks); rejects if the stream ends first or after `timeoutMs`.
   */
  waitFor(check: () => boolean, timeoutMs?: number): Promise<void>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

export async function openSse(
  url: string,
  headers: Record<string, string>,
): Promise<SseClient & { body?: string }> {
  const abort = new AbortController();
  const res = await fetch(url, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: abort.signal,
  });
  const client: SseClient & { body?: string } = {
    status: res.status,
    headers: res.headers,
    events: [],
    comments: [],
    lastEventId: headers['last-event-id'],
    next: () => Promise.reject(new Error('no stream')),
    waitFor: () => Promise.reject(new Error('no stream')),
    ended: Promise.resolve(),
    close: () => abort.abort(),
  };
  if (res.status !== 200 || !res.body) {
    client.body = await res.text();
    return client;
  }
  const waiters = new Set<() => void>();
  let done = false;
  client.ended = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const msg: SseMessage = { event: 'message', id: undefined, data: '', at: performance.now() };
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) client.comments.push(line.slice(1).trim());
            else if (line.startsWith('event: ')) msg.event = line.slice(7);
            else if (line.startsWith('id: ')) msg.id = client.lastEventId = line.slice(4);
            else if (line.startsWith('data: ')) data.push(line.slice(6));
          }
          if (data.length > 0) {
            msg.data = data.join('\n');
            client.events.push(msg);
          }
          for (const w of waiters) w();
        }
      }
    } catch {
      // Aborted by close(), or the connection dropped: either way the stream is over.
    } finally {
      done = true;
      for (const w of waiters) w();
    }
  })();
  const until = (holds: () => boolean, timeoutMs: number, failure: { ended: string; late: string }) =>
    new Promise<void>((resolve, reject) => {
      const guard = AbortSignal.timeout(timeoutMs);
      const finish = (fn: () => void) => {
        guard.removeEventListener('abort', late);
        waiters.delete(check);
        fn();
      };
      const check = () => {
        if (holds()) finish(resolve);
        else if (done) finish(() => reject(new Error(failure.ended)));
      };
      const late = () => finish(() => reject(new Error(`${failure.late} within ${timeoutMs} ms`)));
      guard.addEventListener('abort', late);
      waiters.add(check);
      check();
    });
  client.waitFor = (holds, timeoutMs = 20_000) =>
    until(holds, timeoutMs, {
      ended: 'the stream ended before the condition held',
      late: 'the condition did not hold',
    });
  client.next = async (match = () => true, timeoutMs = 20_000, from = 0) => {
    let hit: SseMessage | undefined;
    await until(() => (hit = client.events.slice(from).find(match)) !== undefined, timeoutMs, {
      ended: 'the stream ended before a matching event',
      late: 'no matching event',
    });
    return hit!;
  };
  return client;
}
