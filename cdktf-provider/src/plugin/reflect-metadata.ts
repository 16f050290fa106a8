// @peculiar/x509 resolves its parsers through tsyringe, which refuses to load without the Reflect
// metadata API (the `reflect-metadata` package, not installed here). x509 only stores and reads plain
// metadata, so this small WeakMap-backed version of the API is enough. Import it before @peculiar/x509.
type Key = unknown;
const store = new WeakMap<object, Map<unknown, Map<Key, unknown>>>();

function table(target: object, property: unknown, create: boolean): Map<Key, unknown> | undefined {
  let byProperty = store.get(target);
  if (!byProperty) {
    if (!create) return undefined;
    byProperty = new Map();
    store.set(target, byProperty);
  }
  let entries = byProperty.get(property);
  if (!entries && create) {
    entries = new Map();
    byProperty.set(property, entries);
  }
  return entries;
}

function getOwnMetadata(key: Key, target: object, property?: unknown): unknown {
  return table(target, property, false)?.get(key);
}

function getMetadata(key: Key, target: object, property?: unknown): unknown {
  for (let t: object | null = target; t; t = Object.getPrototypeOf(t) as object | null) {
    const entries = table(t, property, false);
    if (entries?.has(key)) return entries.get(key);
  }
  return undefined;
}

const api = {
  defineMetadata: (key: Key, value: unknown, target: object, property?: unknown) => {
    table(target, property, true)!.set(key, value);
  },
  getOwnMetadata,
  getMetadata,
  hasOwnMetadata: (key: Key, target: object, property?: unknown) =>
    table(target, property, false)?.has(key) ?? false,
  hasMetadata: (key: Key, target: object, property?: unknown) =>
    getMetadata(key, target, property) !== undefined,
  metadata: (key: Key, value: unknown) => (target: object, property?: unknown) =>
    api.defineMetadata(key, value, target, property),
};

const reflect = Reflect as unknown as Record<string, unknown>;
for (const [name, fn] of Object.entries(api)) reflect[name] ??= fn;
