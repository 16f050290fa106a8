// Values and the anonymous key kept in the browser's storage. Storage can be missing (SSR, Node), refuse
// access (a sandboxed iframe throws on `localStorage`) or be full: every call here is best effort.
import type { ClientFlagValue, Context, StorageLike } from './types.ts';

const PREFIX = 'ff:';
/** How many contexts' values are kept per device (oldest dropped first). */
const MAX_ENTRIES = 5;
/** A larger entry is not cached at all: storage is small and shared with the application. */
const MAX_ENTRY_CHARS = 100_000;

/** The page's localStorage, or undefined where there is none or it may not be used. */
export function defaultStorage(): StorageLike | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function read(storage: StorageLike | undefined, key: string): string | null {
  try {
    return storage?.getItem(PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: StorageLike | undefined, key: string, value: string): void {
  try {
    storage?.setItem(PREFIX + key, value);
  } catch {
    // Full or forbidden: the cache is an optimisation.
  }
}

// FNV-1a: a short, stable name for a (key, context) pair; collisions only cost a cache miss (the entry
// records what it was written for).
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** The context's own key, or this device's anonymous key (created and kept on first use). */
export function withKey(context: Context, storage: StorageLike | undefined, random: () => number): Context {
  if (typeof context.key === 'string' && context.key !== '') return context;
  let key = read(storage, 'anonymous-key');
  if (!key) {
    key =
      globalThis.crypto?.randomUUID?.() ?? `anon-${random().toString(36).slice(2)}${Date.now().toString(36)}`;
    write(storage, 'anonymous-key', key);
  }
  return { ...context, key };
}

/** Cached values of one client key and context, bounded to the last few contexts. */
export class ValueCache {
  readonly #storage: StorageLike | undefined;
  readonly #clientKey: string;

  constructor(storage: StorageLike | undefined, clientKey: string) {
    this.#storage = storage;
    this.#clientKey = clientKey;
  }

  #id(context: Context): { name: string; of: string } {
    const of = this.#clientKey + '\n' + JSON.stringify(context);
    return { name: 'values:' + hash(of), of };
  }

  /** The values last stored for `context`, if any. */
  get(context: Context): Record<string, ClientFlagValue> | undefined {
    const { name, of } = this.#id(context);
    try {
      const entry = JSON.parse(read(this.#storage, name) ?? 'null') as { of: string; flags: never } | null;
      return entry?.of === of ? entry.flags : undefined;
    } catch {
      return undefined;
    }
  }

  /** Stores `flags` for `context`, dropping the least recently stored context past the bound. */
  set(context: Context, flags: Record<string, ClientFlagValue>): void {
    const { name, of } = this.#id(context);
    const text = JSON.stringify({ of, flags });
    if (text.length > MAX_ENTRY_CHARS) return;
    let names: string[] = [];
    try {
      names = JSON.parse(read(this.#storage, 'values') ?? '[]') as string[];
    } catch {
      // A damaged index is rebuilt.
    }
    names = [name, ...names.filter((n) => n !== name)];
    for (const old of names.splice(MAX_ENTRIES)) {
      try {
        this.#storage?.removeItem(PREFIX + old);
      } catch {
        // best effort
      }
    }
    write(this.#storage, 'values', JSON.stringify(names));
    write(this.#storage, name, text);
  }
}
