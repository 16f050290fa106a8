// The slow-reader guard of one SSE response, on a stand-in for Node's ServerResponse that never drains
// (what a reader that stops reading looks like from the server).
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { SseStream } from './sse.ts';

function unreadResponse() {
  const written: string[] = [];
  const res = {
    destroyed: false,
    writableLength: 0,
    socket: { setNoDelay() {} },
    writeHead() {},
    flushHeaders() {},
    on() {},
    write(chunk: string) {
      written.push(chunk);
      res.writableLength += Buffer.byteLength(chunk);
      return false;
    },
    destroy() {
      res.destroyed = true;
    },
    end() {},
  };
  return { res, written, asResponse: res as unknown as ServerResponse };
}

describe('SseStream', () => {
  it('sends one event larger than the buffer bound whole (a big put is not a slow reader)', () => {
    const { res, written, asResponse } = unreadResponse();
    const stream = new SseStream(asResponse, { maxBufferedBytes: 1024 });
    stream.event('put', JSON.stringify({ members: 'x'.repeat(10_000) }), 1);
    expect(stream.closed).toBe(false);
    expect(res.destroyed).toBe(false);
    expect(written.join('')).toContain('event: put\nid: 1\n');
  });

  it('cuts the stream once the reader has left more than the bound unread', () => {
    const { res, asResponse } = unreadResponse();
    const stream = new SseStream(asResponse, { maxBufferedBytes: 1024 });
    let closes = 0;
    stream.onClose(() => closes++);
    stream.event('put', JSON.stringify({ members: 'x'.repeat(10_000) }), 1);
    stream.comment('ping'); // the put is still unread: the reader stopped
    expect(stream.closed).toBe(true);
    expect(res.destroyed).toBe(true);
    expect(closes).toBe(1);
  });

  it('keeps a stream whose unread output stays within the bound', () => {
    const { asResponse } = unreadResponse();
    const stream = new SseStream(asResponse, { maxBufferedBytes: 1024 });
    for (let i = 0; i < 10; i++) stream.comment('ping');
    expect(stream.closed).toBe(false);
  });
});
