// A minimal Server-Sent Events reader over fetch, for the stream tests and the propagation bench: it
// parses the wire format (events, ids, comments) as a browser's EventSource would, and lets a caller
// wait for the next event that matches.

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
          if (data.length === 0) continue;
          msg.data = data.join('\n');
          client.events.push(msg);
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
  client.next = (match = () => true, timeoutMs = 5_000, from = 0) =>
    new Promise<SseMessage>((resolve, reject) => {
      const check = () => {
        const hit = client.events.slice(from).find(match);
        if (hit) finish(() => resolve(hit));
        else if (done) finish(() => reject(new Error('the stream ended before a matching event')));
      };
      const timer = setTimeout(
        () => finish(() => reject(new Error(`no matching event within ${timeoutMs} ms`))),
        timeoutMs,
      );
      const finish = (fn: () => void) => {
        clearTimeout(timer);
        waiters.delete(check);
        fn();
      };
      waiters.add(check);
      check();
    });
  return client;
}
