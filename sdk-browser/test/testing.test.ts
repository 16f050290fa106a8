// @ff/sdk-browser/testing: the real client on set values, changeable at runtime, with the React hooks.
import { Text } from 'ink';
import { render } from 'ink-testing-library';
import { createElement as h } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { FFProvider, useFeatureFlag, useFlag } from '../src/react.ts';
import { createTestClient } from '../src/testing.ts';

describe('createTestClient', () => {
  it('leaves no timer pending, so a Node test process that never closes it still exits', async () => {
    vi.useFakeTimers();
    try {
      const ff = createTestClient({ flags: { x: true } });
      await ff.ready();
      ff.setFlag('x', false);
      await vi.waitFor(() => expect(ff.isEnabled('x')).toBe(false));
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('serves the values given at once, and is ready without a network', async () => {
    const ff = createTestClient({
      flags: { 'new-dashboard': true, plan: { value: 'pro', variant: 'paid' } },
    });
    expect(ff.isEnabled('new-dashboard')).toBe(true);
    expect(ff.getValue('plan', 'free')).toBe('pro');
    expect(ff.getVariant('plan')).toBe('paid');
    expect(await ff.ready()).toBe('ready');
    expect(ff.getDetail('missing', 3)).toMatchObject({ value: 3, errorCode: 'FLAG_NOT_FOUND' });
    await ff.close();
  });

  it('changes a value at runtime, with a change event for that flag only', async () => {
    const ff = createTestClient({ flags: { a: true, b: 1 } });
    await ff.ready();
    const changes: (readonly string[])[] = [];
    ff.on('change', ({ keys }) => changes.push(keys));
    expect(await ff.setFlag('a', false)).toBe('ready');
    expect(ff.isEnabled('a')).toBe(false);
    expect(changes).toEqual([['a']]);
    await ff.setFlags({ b: 2 });
    expect(ff.allFlags()).toEqual({ b: 2 });
    expect(changes).toEqual([['a'], ['b', 'a']]);
    await ff.close();
  });

  it('records tracked events', async () => {
    const ff = createTestClient();
    ff.track('signup');
    ff.track('purchase', 20);
    expect(ff.tracked).toEqual([
      { event: 'signup', value: undefined },
      { event: 'purchase', value: 20 },
    ]);
    await ff.close();
  });

  it('drives the React hooks: a setFlag re-renders the component', async () => {
    const ff = createTestClient({ flags: { 'new-dashboard': false, limit: 5 } });
    function Dashboard() {
      const showNewUI = useFeatureFlag('new-dashboard', 'test-user');
      return h(Text, null, `${showNewUI ? 'new' : 'old'} limit=${useFlag('limit', 0)}`);
    }
    const app = render(h(FFProvider, { client: ff }, h(Dashboard)));
    expect(app.lastFrame()).toBe('old limit=5');
    await ff.setFlag('new-dashboard', true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(app.lastFrame()).toBe('new limit=5');
    app.unmount();
    await ff.close();
  });
});
