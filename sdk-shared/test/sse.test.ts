import { describe, expect, it } from 'vitest';
import { Backoff } from '../src/backoff.ts';
import { readEventStream, SseParser } from '../src/sse.ts';
import type { SseEvent } from '../src/sse.ts';

function parse(chunks: string[]): { events: SseEvent[]; comments: string[] } {
  const events: SseEvent[] = [];
  const comments: string[] = [];
  const parser = new SseParser(
    (e) => events.push(e),
    (c) => comments.push(c),
  );
  for (const chunk of chunks) parser.feed(chunk);
  return { events, comments };
}

describe('SseParser', () => {
  it('reads id, event and data, and joins multi-line data with \\n', () => {
    const { events } = parse(['id: 7\nevent: put\ndata: {"a":\ndata: 1}\n\n']);
    expect(events).toEqual([{ id: '7', event: 'put', data: '{"a":\n1}' }]);
  });

  it('accepts \\n, \\r\\n and \\r line ends, even split across chunks', () => {
    const text = 'event: patch\r\ndata: x\r\n\r\nevent: delete\rdata: y\r\rdata: z\n\n';
    const whole = parse([text]).events;
    expect(whole.map((e) => [e.event, e.data])).toEqual([
      ['patch', 'x'],
      ['delete', 'y'],
      ['message', 'z'],
    ]);
    // Every split point, including between \r and \n, gives the same events.
    for (let i = 1; i < text.length; i++) {
      expect(parse([text.slice(0, i), text.slice(i)]).events).toEqual(whole);
    }
    expect(parse([...text]).events).toEqual(whole);
  });

  it('reports comments, ignores unknown fields and retry, strips one leading space only', () => {
    const { events, comments } = parse([': ping\nretry: 10\nfoo: bar\ndata:  two spaces\ndata\n\n']);
    expect(comments).toEqual(['ping']);
    expect(events).toEqual([{ id: undefined, event: 'message', data: ' two spaces\n' }]);
  });

  it('keeps the last id for later events, and does not dispatch an event without data', () => {
    const { events } = parse(['id: 3\nevent: put\n\n', 'event: patch\ndata: 1\n\n', 'id: 4\ndata: 2\n\n']);
    expect(events).toEqual([
      { id: '3', event: 'patch', data: '1' },
      { id: '4', event: 'message', data: '2' },
    ]);
  });

  it('never dispatches an event cut before its blank line', () => {
    const parser = new SseParser(() => expect.fail('dispatched a partial event'));
    parser.feed('id: 9\nevent: patch\ndata: {"version":9');
    expect(parser.lastEventId).toBe('9');
  });
});

describe('readEventStream', () => {
  const bodyOf = (chunks: string[], then: 'close' | 'error' | 'hang') =>
    new ReadableStream<Uint8Array>({
      start(c) {
        for (const chunk of chunks) c.enqueue(new TextEncoder().encode(chunk));
        if (then === 'close') c.close();
        if (then === 'error') c.error(new Error('socket hang up'));
      },
    });

  it('decodes UTF-8 split across chunks and says why the stream ended', async () => {
    const bytes = new TextEncoder().encode('data: é😀\n\n');
    const events: SseEvent[] = [];
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        for (const b of bytes) c.enqueue(Uint8Array.of(b));
        c.close();
      },
    });
    const end = await readEventStream(body, new SseParser((e) => events.push(e)), {
      signal: new AbortController().signal,
      idleTimeout: 1_000,
    });
    expect(end).toEqual({ kind: 'closed' });
    expect(events[0]!.data).toBe('é😀');
  });

  it('ends with error, aborted or idle', async () => {
    const opts = { signal: new AbortController().signal, idleTimeout: 1_000 };
    const parser = () => new SseParser(() => undefined);
    expect((await readEventStream(bodyOf(['data: 1\n\n'], 'error'), parser(), opts)).kind).toBe('error');
    const idle = await readEventStream(bodyOf([], 'hang'), parser(), { ...opts, idleTimeout: 50 });
    expect(idle).toEqual({ kind: 'idle' });
    // Aborted while it waits for data (its first read is pending once the call returns).
    const abort = new AbortController();
    const aborted = readEventStream(bodyOf([], 'hang'), parser(), {
      signal: abort.signal,
      idleTimeout: 60_000,
    });
    abort.abort();
    expect(await aborted).toEqual({ kind: 'aborted' });
  });
});

describe('Backoff', () => {
  it('doubles a jittered delay up to the ceiling, between half and all of it', () => {
    const low = new Backoff({ initial: 100, max: 1_000, random: () => 0 });
    expect(Array.from({ length: 6 }, () => low.next())).toEqual([50, 100, 200, 400, 500, 500]);
    const high = new Backoff({ initial: 100, max: 1_000, random: () => 0.999999 });
    expect(Array.from({ length: 6 }, () => high.next())).toEqual([100, 200, 400, 800, 1000, 1000]);
    high.reset();
    expect(high.next()).toBe(100);
  });

  it('spreads clients apart (jitter)', () => {
    const delays = new Set(
      Array.from({ length: 50 }, () => new Backoff({ initial: 1_000, max: 30_000 }).next()),
    );
    expect(delays.size).toBeGreaterThan(10);
  });
});
