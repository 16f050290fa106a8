// React bindings: a provider holding one client, and hooks that subscribe with useSyncExternalStore to
// the one flag they read, so a change re-renders only the components whose flag changed. Nothing touches
// `window` at import or during render: a provider given options creates its client without starting it
// and starts it in an effect, which never runs on the server.
import { createContext, createElement, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { createClient } from './client.ts';
import type { Client, ClientOptions } from './client.ts';
import type {
  AllFlags,
  BooleanFlagKey,
  ClientFlagValue,
  Context,
  FlagKey,
  FlagValue,
  ValueResult,
} from './types.ts';

const FFContext = createContext<Client | null>(null);

/** Props of {@link FFProvider}: an existing client, or the options to create one. */
export type FFProviderProps = { children?: ReactNode } & (
  { client: Client; options?: undefined } | { options: ClientOptions; client?: undefined }
);

/** Makes a client available to the hooks below it. */
export function FFProvider(props: FFProviderProps): ReactNode {
  const [client] = useState(() => props.client ?? createClient({ ...props.options!, autoStart: false }));
  const owned = props.client === undefined;
  useEffect(() => {
    if (!owned) return;
    client.start();
    return () => void client.close();
  }, [client, owned]);
  return createElement(FFContext.Provider, { value: client }, props.children);
}

/** The provider's client (throws when there is no FFProvider above: a wiring mistake, not a runtime one). */
export function useFFClient(): Client {
  const client = useContext(FFContext);
  if (client === null) throw new Error('useFFClient: wrap your app in <FFProvider>.');
  return client;
}

/** The stored value object of one flag: stable until that flag changes, so React skips the others. */
function useFlagEntry(key: string): { client: Client; entry: ClientFlagValue | undefined } {
  const client = useFFClient();
  const entry = useSyncExternalStore(
    (onChange) => client.on('change', ({ keys }) => keys.includes(key) && onChange()),
    () => client.peek(key),
    () => client.peek(key),
  );
  return { client, entry };
}

/** A boolean flag's value, or `defaultValue` (`false` when not given) while unknown. */
export function useFlag(key: BooleanFlagKey, defaultValue?: boolean): boolean;
/** The flag's value, or `defaultValue` while unknown or of another type. */
export function useFlag<K extends FlagKey, D extends FlagValue<K>>(
  key: K,
  defaultValue: D,
): ValueResult<K, D>;
export function useFlag(key: string, defaultValue?: unknown): unknown {
  const { client } = useFlagEntry(key);
  return (client as unknown as Loose).getValue(key, defaultValue ?? false);
}

// The client without typed keys, for the hooks' implementations (their signatures carry the types).
type Loose = { getValue(key: string, defaultValue: unknown): unknown; isEnabled(key: string): boolean };

/**
 * Whether a boolean flag is on. With a user id or context, switches the client to it first (one request;
 * the previous value is served until the new one arrives).
 */
export function useFeatureFlag(key: BooleanFlagKey, userIdOrContext?: string | Context): boolean {
  const client = useFFClient();
  const context = typeof userIdOrContext === 'string' ? { key: userIdOrContext } : userIdOrContext;
  const wanted = context === undefined ? undefined : JSON.stringify(context);
  useEffect(() => {
    if (wanted !== undefined && wanted !== JSON.stringify(client.context))
      void client.identify(JSON.parse(wanted));
  }, [client, wanted]);
  useFlagEntry(key);
  return client.isEnabled(key);
}

/** The name of the variation served, if any. */
export function useVariant(key: FlagKey): string | undefined {
  return useFlagEntry(key).entry?.variant;
}

/** Every flag's value, and whether the first values are still loading (re-renders on any change). */
export function useFlags(): { flags: AllFlags; isLoading: boolean } {
  const client = useFFClient();
  const version = useSyncExternalStore(
    (onChange) => {
      const offs = [client.on('change', onChange), client.on('status', onChange)];
      return () => offs.forEach((off) => off());
    },
    () => versionOf(client),
    () => versionOf(client),
  );
  void version;
  return { flags: client.allFlags(), isLoading: client.status === 'initializing' };
}

// useSyncExternalStore needs a snapshot that changes exactly when the result would: the status and the
// identity of every stored value object (unchanged flags keep theirs).
const versions = new WeakMap<Client, { key: unknown[]; n: number }>();
function versionOf(client: Client): number {
  const key: unknown[] = [
    client.status,
    ...Object.keys(client.allFlags() as object).map((k) => client.peek(k)),
  ];
  const last = versions.get(client);
  if (last && last.key.length === key.length && last.key.every((v, i) => v === key[i])) return last.n;
  const n = (last?.n ?? 0) + 1;
  versions.set(client, { key, n });
  return n;
}
