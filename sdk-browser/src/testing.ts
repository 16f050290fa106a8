// @ff/sdk-browser/testing: a client for your own unit tests, with values you set in code and can change
// while the test runs. It is the real client (same methods, events, React bindings and typed keys), fed
// by an in-memory stand-in for the API instead of the network: nothing is fetched, cached or sent.
import { createClient } from './client.ts';
import type { Client } from './client.ts';
import type { ClientFlagValue, ClientStatus, Context, FlagKey, FlagValue, Json } from './types.ts';

/** A flag's value, or its value with the name of the variation that serves it. */
export type TestFlag = Json | { value: Json; variant: string };

/** Options of {@link createTestClient}. */
export interface TestClientOptions {
  /** The flags and their values (`{ 'new-dashboard': true }`). */
  flags?: Record<string, TestFlag>;
  /** The context (default `{ key: 'test-user' }`). */
  context?: Context;
}

/** A tracked event, as the test client recorded it. */
export interface TestTrackedEvent {
  readonly event: string;
  readonly value: number | undefined;
}

/** The client, plus what a test needs to drive it. */
export interface TestClient extends Client {
  /**
   * Changes one flag's value; resolves once it is served and `change` was emitted (as a stream update
   * would), so `await` it before asserting on what re-rendered.
   */
  setFlag<K extends FlagKey>(key: K, value: FlagValue<K>, variant?: string): Promise<ClientStatus>;
  /** Replaces every flag's value at once (flags left out disappear). */
  setFlags(flags: Record<string, TestFlag>): Promise<ClientStatus>;
  /** Events given to `track`, in order. */
  readonly tracked: readonly TestTrackedEvent[];
}

const isVariant = (f: TestFlag): f is { value: Json; variant: string } =>
  typeof f === 'object' && f !== null && !Array.isArray(f) && 'variant' in f && 'value' in f;

function toValues(flags: Record<string, TestFlag>): Record<string, ClientFlagValue> {
  const out: Record<string, ClientFlagValue> = {};
  for (const [key, f] of Object.entries(flags))
    out[key] = isVariant(f)
      ? { value: f.value, variant: f.variant, reason: 'STATIC' }
      : { value: f, reason: 'STATIC' };
  return out;
}

/** A client serving `options.flags`, ready at once (see {@link TestClient}). */
export function createTestClient(options: TestClientOptions = {}): TestClient {
  let values = toValues(options.flags ?? {});
  const tracked: TestTrackedEvent[] = [];
  const client = createClient({
    clientKey: 'ff_cli_test',
    baseUrl: 'http://ff.test',
    context: options.context ?? { key: 'test-user' },
    bootstrap: values,
    // The API stand-in: POST /sdk/v1/evaluate answers the values set here. No stream, no polling (a
    // pending timer would keep a Node test process alive), no cache, no events sent.
    stream: false,
    pollInterval: 0,
    cache: false,
    sendEvents: false,
    fetch: async () =>
      new Response(JSON.stringify({ flags: values }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      }),
  });
  // Asking for the same context again is one evaluation: values swapped at once, `change` for those
  // that changed, exactly as when the API's values change.
  const refresh = () => client.identify(client.context);
  const test = client as TestClient & { tracked: TestTrackedEvent[] };
  const track = client.track.bind(client);
  test.tracked = tracked;
  test.track = (event, value) => {
    tracked.push({ event, value });
    track(event, value);
  };
  test.setFlag = (key, value, variant) => {
    values = { ...values, ...toValues({ [key]: variant === undefined ? value : { value, variant } }) };
    return refresh();
  };
  test.setFlags = (flags) => {
    values = toValues(flags);
    return refresh();
  };
  return test;
}
