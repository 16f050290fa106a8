import { describe, expect, it } from 'vitest';
import { EventSender } from '../src/events.ts';
import type { SendLike } from '../src/events.ts';

function sender(statuses: number[]) {
  const bodies: { batchId: string }[] = [];
  const http: SendLike = {
    send: async (_path, init) => {
      bodies.push(JSON.parse(String(init.body)));
      return new Response(null, { status: statuses.shift() ?? 202 });
    },
  };
  const s = new EventSender(http, { maxQueue: 10, retryDelay: 0, onError: () => {}, isFlagKey: () => true });
  return { s, bodies };
}

describe('EventSender batch ids', () => {
  it('sends a retried batch with the id of its first attempt, so the API counts it once', async () => {
    const { s, bodies } = sender([503, 202]);
    s.summaries.record('f', 0);
    await s.flush();
    expect(bodies).toHaveLength(2);
    expect(bodies[0]!.batchId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(bodies[1]!.batchId).toBe(bodies[0]!.batchId);
  });

  it('gives every new batch its own id', async () => {
    const { s, bodies } = sender([]);
    s.summaries.record('f', 0);
    await s.flush();
    s.summaries.record('f', 1);
    await s.flush();
    expect(bodies).toHaveLength(2);
    expect(bodies[0]!.batchId).not.toBe(bodies[1]!.batchId);
  });
});

describe('EventSender exposures', () => {
  it('sends exposures in the batch with the summaries, leaves out what the server refuses, reports a full queue', async () => {
    const errors: string[] = [];
    const bodies: { exposures?: unknown[]; summaries?: unknown[] }[] = [];
    const s = new EventSender(
      { send: async (_path, init) => (bodies.push(JSON.parse(init.body)), { status: 202 }) },
      { maxQueue: 2, retryDelay: 0, onError: (m) => errors.push(m), isFlagKey: () => true },
    );
    s.summaries.record('f', 1);
    const x = { flag: 'f', variation: 1, timestamp: 1 };
    s.expose({ ...x, contextKey: 'u1' });
    s.expose({ ...x, contextKey: '' }); // no unit: the server would refuse the whole batch
    s.expose({ ...x, contextKey: 'u2' });
    s.expose({ ...x, contextKey: 'u3' }); // over maxQueue
    await s.flush();
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!.summaries).toHaveLength(1);
    expect(bodies[0]!.exposures).toEqual([
      { ...x, contextKey: 'u1' },
      { ...x, contextKey: 'u2' },
    ]);
    expect(errors).toEqual(['1 exposures dropped: the queue of 2 was full']);
  });
});
