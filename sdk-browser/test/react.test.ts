// The React bindings rendered by Ink (a React renderer without a DOM, already a dev dependency of the CLI)
// and by react-dom/server for SSR: hooks read the provider's client, and a change re-renders only the
// components whose flag changed.
import { Text } from 'ink';
import { render } from 'ink-testing-library';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../src/index.ts';
import type { Client } from '../src/index.ts';
import { FFProvider, useFeatureFlag, useFFClient, useFlag, useFlags, useVariant } from '../src/react.ts';
import { fakeApi, flag, memoryStorage } from './fake-api.ts';

const renders: Record<string, number> = {};
const count = (name: string) => void (renders[name] = (renders[name] ?? 0) + 1);
function A() {
  count('A');
  return h(Text, null, `a=${String(useFlag('a'))}`);
}
function B() {
  count('B');
  return h(Text, null, `b=${useFlag('b', 'none')}`);
}
function V() {
  count('V');
  return h(Text, null, `variant=${useVariant('a') ?? '-'}`);
}
function All() {
  count('All');
  const { flags, isLoading } = useFlags();
  return h(Text, null, `loading=${isLoading} keys=${Object.keys(flags).sort().join(',')}`);
}
function Who({ user }: { user: string }) {
  return h(Text, null, `on=${useFeatureFlag('a', user)} key=${String(useFFClient().context.key)}`);
}

let client: Client | undefined;
afterEach(async () => {
  await client?.close();
  for (const k of Object.keys(renders)) delete renders[k];
});

describe('React bindings', () => {
  it('render flags, and a change re-renders only the components that read the changed flag', async () => {
    const api = fakeApi({});
    client = createClient({
      clientKey: 'ff_cli_t',
      baseUrl: 'http://x',
      fetch: api.fetch,
      storage: memoryStorage(),
      context: { key: 'ada' },
    });
    const app = render(h(FFProvider, { client }, h(A), h(B), h(V), h(All)));
    expect(app.lastFrame()).toContain('loading=true');
    const s = await api.nextStream();
    s.send('put', { version: 1, flags: { a: flag(true, 0, 'on'), b: flag('one') } });
    await vi.waitFor(() => expect(app.lastFrame()).toContain('loading=false keys=a,b'));
    expect(app.lastFrame()).toMatch(/a=true[\s\S]*b=one[\s\S]*variant=on/);
    const before = { ...renders };
    s.send('patch', { version: 2, kind: 'flag', key: 'b', value: flag('two', 1) });
    await vi.waitFor(() => expect(app.lastFrame()).toContain('b=two'));
    expect(renders.A).toBe(before.A);
    expect(renders.V).toBe(before.V);
    expect(renders.B).toBe(before.B! + 1);
    app.unmount();
  });

  it('useFeatureFlag with a user id identifies the client as that user', async () => {
    const api = fakeApi({});
    client = createClient({
      clientKey: 'ff_cli_t',
      baseUrl: 'http://x',
      fetch: api.fetch,
      storage: memoryStorage(),
      context: { key: 'ada' },
    });
    (await api.nextStream()).send('put', { version: 1, flags: { a: flag(false, 1) } });
    await client.ready();
    const app = render(h(FFProvider, { client }, h(Who, { user: 'bob' })));
    const s = await api.nextStream();
    expect(s.context).toEqual({ key: 'bob' });
    s.send('put', { version: 1, flags: { a: flag(true, 0) } });
    await vi.waitFor(() => expect(app.lastFrame()).toBe('on=true key=bob'));
    app.unmount();
  });

  it('renders on the server with defaults and bootstrap values, without a request', () => {
    const api = fakeApi({});
    const html = renderToString(
      h(
        FFProvider,
        {
          options: {
            clientKey: 'ff_cli_t',
            baseUrl: 'http://x',
            fetch: api.fetch,
            bootstrap: { b: flag('boot') },
          },
        },
        h(A),
        h(B),
      ),
    );
    expect(html).toContain('a=false');
    expect(html).toContain('b=boot');
    expect(api.requests).toEqual([]);
  });

  it('says where the provider is missing', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => renderToString(h(A))).toThrow(/wrap your app in <FFProvider>/);
    spy.mockRestore();
  });
});
