// The dashboard's ear on the management change stream (GET /api/v1/projects/{project}/changes): reads the
// Server-Sent Events over fetch with the user's token, reconnects with Last-Event-ID after a cut (1 s,
// doubling to 15 s), and reports the connection: connecting → live, offline while cut, catching-up
// between a reconnect and the server's `ready`. `ready.truncated` (more missed than the server replays)
// asks for a reload of everything.
import { schemas } from '@ff/client';
import type { ChangeEvent } from '@ff/client';
import type { Connection } from '../state/reducer.ts';

export interface ChangeStreamOptions {
  baseUrl: string;
  token: string | undefined;
  project: string;
  onChange(event: ChangeEvent): void;
  onConnection(state: Connection, detail?: string): void;
  /** The client missed more than the server replays: re-read everything. */
  onResync(): void;
  /** For tests: the fetch to use. */
  fetch?: typeof fetch;
}

export interface ChangeStream {
  close(): void;
}

/** Splits SSE text into blocks and parses each; returns the unfinished rest. */
export function parseSse(
  buffer: string,
  emit: (b: { event: string; id?: string; data: string }) => void,
): string {
  const blocks = buffer.split(/\r?\n\r?\n/);
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    let event = 'message';
    let id: string | undefined;
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith(':') || line === '') continue;
      const i = line.indexOf(':');
      const field = i < 0 ? line : line.slice(0, i);
      const value = i < 0 ? '' : line.slice(i + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'id') id = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length > 0 || id !== undefined)
      emit({ event, ...(id !== undefined ? { id } : {}), data: data.join('\n') });
  }
  return rest;
}

export function openChangeStream(opts: ChangeStreamOptions): ChangeStream {
  const doFetch = opts.fetch ?? fetch;
  let lastId: string | undefined;
  let closed = false;
  let abort: AbortController | undefined;
  let delay = 1_000;
  let timer: NodeJS.Timeout | undefined;
  let connectedOnce = false;

  const connect = async () => {
    if (closed) return;
    abort = new AbortController();
    opts.onConnection(connectedOnce ? 'catching-up' : 'connecting');
    try {
      const headers: Record<string, string> = { accept: 'text/event-stream' };
      if (opts.token) headers.authorization = `Bearer ${opts.token}`;
      if (lastId !== undefined) headers['last-event-id'] = lastId;
      const url = `${opts.baseUrl.replace(/\/+$/, '')}/api/v1/projects/${encodeURIComponent(opts.project)}/changes`;
      const res = await doFetch(url, { headers, signal: abort.signal });
      if (res.status !== 200 || !res.body) {
        const text = await res.text().catch(() => '');
        let detail = `HTTP ${res.status}`;
        try {
          detail = (JSON.parse(text) as { detail?: string; title?: string }).detail ?? detail;
        } catch {
          // not a problem body
        }
        throw new Error(detail);
      }
      const decoder = new TextDecoder();
      let buffer = '';
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer = parseSse(buffer + decoder.decode(chunk, { stream: true }), (b) => {
          if (b.id !== undefined) lastId = b.id;
          if (b.event === 'ready') {
            connectedOnce = true;
            delay = 1_000;
            const ready = JSON.parse(b.data) as { truncated?: boolean };
            if (ready.truncated) opts.onResync();
            opts.onConnection('live');
          } else if (b.event === 'change') {
            const parsed = schemas.zChangeEvent.safeParse(JSON.parse(b.data));
            if (parsed.success) opts.onChange(parsed.data as ChangeEvent);
          }
        });
      }
      if (!closed) opts.onConnection('offline', 'the server ended the stream');
    } catch (err) {
      if (closed) return;
      opts.onConnection('offline', err instanceof Error ? err.message : String(err));
    }
    if (closed) return;
    timer = setTimeout(() => void connect(), delay);
    delay = Math.min(delay * 2, 15_000);
  };
  void connect();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      abort?.abort();
    },
  };
}
