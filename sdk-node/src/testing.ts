// @ff/sdk-node/testing: a client for your own unit tests, whose flags you set in code. It has the API
// and the types of the real client (it is one, offline, fed rulesets built here), so code under test
// takes a `FlagClient` and cannot tell the difference.
import type { RulesetFlag } from '@ff/engine';
import { DEFAULT_BOOLEAN_VARIATIONS } from '@ff/engine/limits';
import { Client, installRuleset } from './client.ts';
import type { TrackedEvent } from '@ff/sdk-shared';
import type {
  BooleanFlagKey,
  ClientEvents,
  ClientFlagValue,
  ClientStatus,
  ContextInput,
  EvaluationDetail,
  FlagClient,
  FlagKey,
  FlagValue,
  Json,
  ReadyResult,
  ValueResult,
} from './types.ts';

export type { TrackedEvent } from '@ff/sdk-shared';

/** Options of {@link setFlag}. */
export interface SetFlagOptions {
  /** The variation name reported as `variant` (default `on`/`off` for booleans, `value` otherwise). */
  readonly variant?: string;
  /** Whether `allFlags` includes the flag (default `true`). */
  readonly clientSide?: boolean;
}

/** Options of {@link createTestClient}. */
export interface TestClientOptions {
  /** Flags set from the start (as with `setFlag`). */
  readonly flags?: { [K in FlagKey]?: FlagValue<K> };
  /** The `fallbacks` option of the real client. */
  readonly fallbacks?: { [K in FlagKey]?: FlagValue<K> };
}

function kindOf(value: Json): RulesetFlag['kind'] {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'string';
  return 'json';
}

/** A flag serving `value` to every context, in the ruleset shape the engine compiles. */
function flagServing(key: string, value: Json, opts: SetFlagOptions): RulesetFlag {
  const clientSide = opts.clientSide !== false;
  const base = { key, kind: kindOf(value), clientSide, temporary: true };
  const config = { on: true, offVariation: 0, prerequisites: [], targets: [], rules: [] };
  if (typeof value === 'boolean') {
    // The engine's default boolean variations (on: true, off: false), the served one renamed by `variant`.
    const on = DEFAULT_BOOLEAN_VARIATIONS[0]!;
    const off = DEFAULT_BOOLEAN_VARIATIONS[1]!;
    const variations = [
      { name: value ? (opts.variant ?? on.name) : on.name, value: on.value },
      { name: value ? off.name : (opts.variant ?? off.name), value: off.value },
    ];
    return {
      ...base,
      variations,
      config: { ...config, offVariation: 1, fallthrough: { variation: value ? 0 : 1 } },
    };
  }
  return {
    ...base,
    variations: [{ name: opts.variant ?? 'value', value }],
    config: { ...config, fallthrough: { variation: 0 } },
  };
}

/**
 * A test client: `setFlag('new-checkout', true)` and every context sees `true`; flags never set behave as
 * unknown flags do in the real client (the call's default, then `fallbacks`). Tracked events are kept in
 * {@link TestClient.tracked} for assertions. `ready()` resolves at once.
 */
export class TestClient implements FlagClient {
  readonly #client: Client;
  #flags: Record<string, RulesetFlag> = {};
  #version = 0;
  /** Every event given to `track`, in order (cleared by `reset`). */
  readonly tracked: TrackedEvent[] = [];

  constructor(options: TestClientOptions = {}) {
    this.#client = new Client({ offline: true, fallbacks: options.fallbacks });
    if (options.flags !== undefined) this.setFlags(options.flags);
  }

  /** Serves `value` for `key` to every context from now on (emits `change`). */
  setFlag<K extends FlagKey>(key: K, value: FlagValue<K>, options: SetFlagOptions = {}): this {
    this.#flags = { ...this.#flags, [key]: flagServing(key, value as Json, options) };
    return this.#publish();
  }

  /** Sets several flags at once (one `change` event). */
  setFlags(flags: { [K in FlagKey]?: FlagValue<K> }): this {
    const next = { ...this.#flags };
    for (const [key, value] of Object.entries(flags)) {
      if (value !== undefined) next[key] = flagServing(key, value as Json, {});
    }
    this.#flags = next;
    return this.#publish();
  }

  /** Forgets one flag: it evaluates as unknown again. */
  removeFlag(key: FlagKey): this {
    const { [key]: _gone, ...rest } = this.#flags;
    this.#flags = rest;
    return this.#publish();
  }

  /** Forgets every flag and every tracked event. */
  reset(): this {
    this.#flags = {};
    this.tracked.length = 0;
    return this.#publish();
  }

  #publish(): this {
    installRuleset(this.#client, { version: ++this.#version, flags: this.#flags, segments: {} });
    return this;
  }

  get status(): ClientStatus {
    return this.#client.status;
  }

  ready(): Promise<ReadyResult> {
    return this.#client.ready({ timeout: 0 });
  }

  isEnabled(key: BooleanFlagKey, context?: ContextInput | null, defaultValue?: boolean): boolean {
    return this.#client.isEnabled(key, context, defaultValue);
  }

  getValue<K extends FlagKey, D extends FlagValue<K>>(
    key: K,
    context: ContextInput | null | undefined,
    defaultValue: D,
  ): ValueResult<K, D>;
  getValue<K extends FlagKey>(key: K, context?: ContextInput | null): FlagValue<K> | null;
  getValue(key: FlagKey, context?: ContextInput | null, defaultValue?: never): unknown {
    return this.#client.getValue(key, context, defaultValue as never);
  }

  getVariant(key: FlagKey, context?: ContextInput | null): string | undefined {
    return this.#client.getVariant(key, context);
  }

  evaluate<K extends FlagKey>(
    key: K,
    context?: ContextInput | null,
    defaultValue?: FlagValue<K>,
  ): EvaluationDetail<FlagValue<K>> {
    return this.#client.evaluate(key, context, defaultValue);
  }

  allFlags(context: ContextInput | null | undefined): Record<string, ClientFlagValue> {
    return this.#client.allFlags(context);
  }

  track(event: string, context: ContextInput | null | undefined, value?: number): void {
    const key = typeof context === 'string' ? context : typeof context?.key === 'string' ? context.key : '';
    const tracked: TrackedEvent = { name: event, contextKey: key, timestamp: Date.now() };
    this.tracked.push(value === undefined ? tracked : { ...tracked, value });
  }

  on<E extends keyof ClientEvents>(event: E, listener: (payload: ClientEvents[E]) => void): () => void {
    return this.#client.on(event, listener);
  }

  off<E extends keyof ClientEvents>(event: E, listener: (payload: ClientEvents[E]) => void): void {
    this.#client.off(event, listener);
  }

  flush(): Promise<void> {
    return Promise.resolve();
  }

  close(): Promise<void> {
    return this.#client.close();
  }
}

/** Creates a {@link TestClient}. */
export function createTestClient(options: TestClientOptions = {}): TestClient {
  return new TestClient(options);
}
