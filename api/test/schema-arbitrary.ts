// fast-check arbitraries from the JSON Schema 2020-12 subset that openapi.yaml uses: `schemaArbitrary`
// generates values a schema accepts, `mutate` turns such a value into one a careless or hostile client
// might send instead (usually invalid). The fuzz suite (api/src/spec/fuzz.http.test.ts) builds every
// request of every operation from these, so a new schema in the spec is fuzzed without new test code.
import fc from 'fast-check';
import type { Document, JsonObject } from '../src/spec/document.ts';
import { isObject, resolve } from '../src/spec/document.ts';

export type Schema = JsonObject | boolean;

export interface SchemaArbitraryOptions {
  /**
   * Extra candidates for properties of these names, mixed in with generated values: e.g. the keys of
   * seeded environments for `from`, so that some requests name resources that exist. Keep them valid.
   */
  hints?: Record<string, readonly unknown[]>;
  /** How many items an array may have beyond its `minItems` (3): requests stay small. */
  maxExtraItems?: number;
  /** Below this nesting depth, optional properties are left out and arrays stay at `minItems` (6). */
  maxDepth?: number;
}

interface Context {
  doc: Document;
  hints: Record<string, readonly unknown[]>;
  maxExtraItems: number;
  maxDepth: number;
}

/** Any JSON value, kept shallow. */
const anyJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 2 });

/** Follows `$ref`s and folds `allOf` into one schema, so the generator and the mutator see plain keywords. */
function plain(doc: Document, schema: Schema): Schema {
  if (typeof schema === 'boolean') return schema;
  const s = resolve<JsonObject>(doc, schema);
  if (!Array.isArray(s.allOf)) return s;
  const merged: JsonObject = { ...s, properties: { ...(s.properties as JsonObject) } };
  delete merged.allOf;
  const required = new Set<string>((s.required as string[] | undefined) ?? []);
  for (const part of s.allOf) {
    const p = plain(doc, part as Schema);
    if (typeof p === 'boolean') continue;
    for (const [key, value] of Object.entries(p)) {
      if (key === 'properties') Object.assign(merged.properties as JsonObject, value);
      else if (key === 'required') for (const r of value as string[]) required.add(r);
      else merged[key] = value;
    }
  }
  merged.required = [...required];
  return merged;
}

function typeOf(s: JsonObject): unknown {
  if (s.type !== undefined) return s.type;
  if (isObject(s.properties) || s.required !== undefined || s.additionalProperties !== undefined)
    return 'object';
  if (s.items !== undefined || s.minItems !== undefined) return 'array';
  if (s.pattern !== undefined || s.format !== undefined || s.minLength !== undefined) return 'string';
  if (s.minimum !== undefined || s.maximum !== undefined) return 'number';
  return undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** Code points, which is how JSON Schema (and ajv) count `minLength`/`maxLength`. */
export function codePoints(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

/** One code point at a time, often one that databases, parsers or terminals treat specially. */
const awkward = fc.oneof(
  fc.constantFrom('\u0000', '\u001b', '\u202e', '\ufeff', '\u{1f4a9}', '\\', '"', "'", '%', '_', '\n'),
  fc.string({ minLength: 1, maxLength: 1 }),
);

function stringArbitrary(s: JsonObject): fc.Arbitrary<string> {
  const min = num(s.minLength) ?? 0;
  const max = num(s.maxLength) ?? Number.POSITIVE_INFINITY;
  const fits = (v: string) => codePoints(v) >= min && codePoints(v) <= max;
  switch (s.format) {
    case 'uuid':
      return fc.uuid();
    case 'date-time':
      return fc
        .date({
          min: new Date('1970-01-01T00:00:00Z'),
          max: new Date('2200-01-01T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString());
    case 'email':
      return fc.emailAddress().filter(fits);
    case 'uri':
      return fc.webUrl({ withQueryParameters: true }).filter(fits);
  }
  if (typeof s.pattern === 'string') {
    const maxLength = Number.isFinite(max) ? max : undefined;
    return fc.stringMatching(new RegExp(s.pattern, 'u'), { maxLength }).filter(fits);
  }
  const upper = Math.min(max, min + 24);
  const variants: fc.WeightedArbitrary<string>[] = [
    { weight: 4, arbitrary: fc.string({ minLength: min, maxLength: upper }) },
    // Any code point, controls and NUL included: what a JSON string may carry.
    { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: min, maxLength: upper }) },
    { weight: 1, arbitrary: fc.string({ unit: awkward, minLength: min, maxLength: upper }) },
  ];
  if (Number.isFinite(max) && max > upper) {
    variants.push({ weight: 1, arbitrary: fc.string({ minLength: max, maxLength: max }) });
  }
  return fc.oneof(...variants);
}

function integerArbitrary(s: JsonObject): fc.Arbitrary<number> {
  const lo = Math.max(
    num(s.minimum) ?? Number.MIN_SAFE_INTEGER,
    (num(s.exclusiveMinimum) ?? Number.MIN_SAFE_INTEGER - 1) + 1,
  );
  const hi = Math.min(
    num(s.maximum) ?? Number.MAX_SAFE_INTEGER,
    (num(s.exclusiveMaximum) ?? Number.MAX_SAFE_INTEGER + 1) - 1,
  );
  // Small values near the lower bound are the ones that name things (variation indexes, counts).
  const base = lo === Number.MIN_SAFE_INTEGER ? Math.min(Math.max(-3, lo), hi) : lo;
  const int32 = { min: Math.max(lo, -(2 ** 31)), max: Math.min(hi, 2 ** 31 - 1) };
  return fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: base, max: Math.min(hi, base + 3) }) },
    { weight: 3, arbitrary: int32.min <= int32.max ? fc.integer(int32) : fc.integer({ min: lo, max: hi }) },
    // Past what a Postgres integer holds, where the schema allows it.
    { weight: 1, arbitrary: fc.integer({ min: lo, max: hi }) },
    { weight: 1, arbitrary: fc.constantFrom(lo, hi) },
  );
}

function numberArbitrary(s: JsonObject): fc.Arbitrary<number> {
  return fc.double({
    min: num(s.minimum) ?? num(s.exclusiveMinimum),
    max: num(s.maximum) ?? num(s.exclusiveMaximum),
    minExcluded: s.exclusiveMinimum !== undefined,
    maxExcluded: s.exclusiveMaximum !== undefined,
    noNaN: true,
    noDefaultInfinity: true,
  });
}

function objectArbitrary(ctx: Context, s: JsonObject, depth: number): fc.Arbitrary<unknown> {
  const properties = isObject(s.properties) ? s.properties : {};
  const required = new Set<string>(Array.isArray(s.required) ? (s.required as string[]) : []);
  const minProperties = num(s.minProperties) ?? 0;
  const maxProperties = num(s.maxProperties) ?? Number.POSITIVE_INFINITY;
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, sub] of Object.entries(properties)) {
    // Deep down, only what is required (or needed to reach minProperties) is generated.
    if (!required.has(name) && depth >= ctx.maxDepth && minProperties === 0) continue;
    let arbitrary = build(ctx, sub as Schema, depth + 1);
    // Hints are by name only: another operation's `from` (a timestamp) or `action` (an enum) must not
    // get the values meant for an environment key or an audit action.
    const hint = ctx.hints[name]?.filter((v) => admits(plain(ctx.doc, sub as Schema), v));
    if (hint !== undefined && hint.length > 0) arbitrary = fc.oneof(arbitrary, fc.constantFrom(...hint));
    model[name] = arbitrary;
  }
  for (const name of required) model[name] ??= anyJson;
  let arbitrary: fc.Arbitrary<Record<string, unknown>> = fc.record(model, {
    requiredKeys: [...required],
    noNullPrototype: true,
  });
  const extra = s.additionalProperties;
  if ((isObject(extra) || extra === true) && depth < ctx.maxDepth) {
    const key = fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !(k in properties));
    const value = isObject(extra) ? build(ctx, extra, depth + 1) : anyJson;
    const more = fc.dictionary(key, value, { maxKeys: 2, noNullPrototype: true });
    arbitrary = fc.tuple(arbitrary, more).map(([known, others]) => ({ ...others, ...known }));
  }
  if (minProperties > 0 || Number.isFinite(maxProperties)) {
    arbitrary = arbitrary.filter((o) => {
      const n = Object.keys(o).length;
      return n >= minProperties && n <= maxProperties;
    });
  }
  return arbitrary;
}

/** Whether a scalar hint fits a property's own keywords (enough to keep hints valid; not a validator). */
function admits(s: Schema, v: unknown): boolean {
  if (typeof s === 'boolean') return s;
  if ('const' in s) return s.const === v;
  if (Array.isArray(s.enum)) return s.enum.includes(v);
  const type = typeOf(s);
  if (type !== undefined && type !== (typeof v === 'number' && Number.isInteger(v) ? 'integer' : typeof v))
    return Array.isArray(type) && type.includes(typeof v);
  if (typeof v !== 'string') return true;
  // A hint is a key or an email address; other formats (date-time, uri, uuid) generate their own.
  if (s.format === 'email') return /^[^@\s]+@[^@\s]+$/.test(v);
  if (s.format !== undefined) return false;
  const n = codePoints(v);
  if (n < (num(s.minLength) ?? 0) || n > (num(s.maxLength) ?? Number.POSITIVE_INFINITY)) return false;
  return typeof s.pattern !== 'string' || new RegExp(s.pattern, 'u').test(v);
}

function arrayArbitrary(ctx: Context, s: JsonObject, depth: number): fc.Arbitrary<unknown[]> {
  const minLength = num(s.minItems) ?? 0;
  const extra = depth >= ctx.maxDepth ? 0 : ctx.maxExtraItems;
  const maxLength = Math.min(num(s.maxItems) ?? Number.POSITIVE_INFINITY, minLength + extra);
  const items = s.items === undefined ? anyJson : build(ctx, s.items as Schema, depth + 1);
  if (s.uniqueItems === true) {
    return fc.uniqueArray(items, { minLength, maxLength, selector: (v) => JSON.stringify(v) });
  }
  return fc.array(items, { minLength, maxLength });
}

function build(ctx: Context, schema: Schema, depth: number): fc.Arbitrary<unknown> {
  const s = plain(ctx.doc, schema);
  if (s === true) return anyJson;
  if (s === false) throw new Error('no value satisfies the schema `false`');
  if ('const' in s) return fc.constant(s.const);
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  const branches = (s.oneOf ?? s.anyOf) as Schema[] | undefined;
  if (Array.isArray(branches)) return fc.oneof(...branches.map((b) => build(ctx, b, depth)));
  const type = typeOf(s);
  if (Array.isArray(type)) return fc.oneof(...type.map((t) => build(ctx, { ...s, type: t }, depth)));
  switch (type) {
    case 'object':
      return objectArbitrary(ctx, s, depth);
    case 'array':
      return arrayArbitrary(ctx, s, depth);
    case 'string':
      return stringArbitrary(s);
    case 'integer':
      return integerArbitrary(s);
    case 'number':
      return numberArbitrary(s);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case undefined:
      return anyJson;
    default:
      throw new Error(`unsupported schema type ${JSON.stringify(type)}`);
  }
}

/** Values that `schema` accepts (`$ref`s resolve within `doc`). */
export function schemaArbitrary(
  doc: Document,
  schema: Schema,
  options: SchemaArbitraryOptions = {},
): fc.Arbitrary<unknown> {
  const ctx: Context = {
    doc,
    hints: options.hints ?? {},
    maxExtraItems: options.maxExtraItems ?? 3,
    maxDepth: options.maxDepth ?? 6,
  };
  return build(ctx, schema, 0);
}

// ---- mutation ---------------------------------------------------------------------------------------

export type MutationKind = 'drop-required' | 'add-unknown' | 'wrong-type' | 'anything';
type Path = (string | number)[];

interface Site {
  path: Path;
  value: unknown;
  /** The schema that governs the value here, when it can be told (not inside `Json`, say). */
  schema: JsonObject | undefined;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** The branch of a `oneOf`/`anyOf` that `value` is an instance of, judged by type, consts and required keys. */
function schemaFor(doc: Document, schema: Schema | undefined, value: unknown): JsonObject | undefined {
  if (schema === undefined || typeof schema === 'boolean') return undefined;
  const s = plain(doc, schema) as JsonObject;
  const branches = (s.oneOf ?? s.anyOf) as Schema[] | undefined;
  if (!Array.isArray(branches)) return s;
  for (const branch of branches) {
    const b = schemaFor(doc, branch, value);
    if (b === undefined) continue;
    const type = typeOf(b);
    if ('const' in b && b.const !== value) continue;
    if (
      type !== undefined &&
      type !== jsonType(value) &&
      !(type === 'number' && jsonType(value) === 'integer')
    )
      continue;
    if (isObject(value)) {
      const consts = Object.entries((b.properties as JsonObject | undefined) ?? {});
      const mismatch = consts.some(([k, p]) => {
        const c = plain(doc, p as Schema);
        return isObject(c) && 'const' in c && value[k] !== c.const;
      });
      const missing = ((b.required as string[] | undefined) ?? []).some((k) => !(k in value));
      if (mismatch || missing) continue;
    }
    return b;
  }
  return undefined;
}

function collectSites(
  doc: Document,
  schema: Schema | undefined,
  value: unknown,
  path: Path,
  out: Site[],
): void {
  const s = schemaFor(doc, schema, value);
  out.push({ path, value, schema: s });
  if (Array.isArray(value)) {
    value.forEach((item, i) => collectSites(doc, s?.items as Schema | undefined, item, [...path, i], out));
  } else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      const props = (s?.properties as JsonObject | undefined) ?? {};
      const sub =
        key in props ? props[key] : isObject(s?.additionalProperties) ? s.additionalProperties : undefined;
      collectSites(doc, sub as Schema | undefined, child, [...path, key], out);
    }
  }
}

/** A copy of `root` with the value at `path` replaced by `update(old)`; `remove` deletes the key instead. */
function setAt(root: unknown, path: Path, update: (old: unknown) => unknown, remove = false): unknown {
  if (path.length === 0) return update(root);
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[head as number] = setAt(copy[head as number], rest, update, remove);
    return copy;
  }
  const copy: JsonObject = { ...(root as JsonObject) };
  if (rest.length === 0 && remove) delete copy[head as string];
  // defineProperty, so that a key such as `__proto__` becomes an own property like JSON.parse makes it.
  else
    Object.defineProperty(copy, head as string, {
      value: setAt(copy[head as string], rest, update, remove),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}

const otherTypes: Record<string, fc.Arbitrary<unknown>> = {
  string: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('1', 'true', 'null', '')),
  integer: fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 53)),
  number: fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)),
  boolean: fc.boolean(),
  null: fc.constant(null),
  array: fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 2 }),
  object: fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), {
    maxKeys: 2,
    noNullPrototype: true,
  }),
};

const unknownKeys = fc.oneof(
  fc.constantFrom('unknown', 'extra_field', 'id', '$ref', '__proto__', 'constructor', 'toString', ''),
  fc.string({ minLength: 1, maxLength: 10 }),
);

/**
 * From a value `schema` accepts, one a client should be refused for (usually): a required property
 * dropped, an unknown property added, a value swapped for one of another JSON type, or anything at all
 * (`fc.anything()`, which may not even survive JSON.stringify) in place of some part of it.
 */
export function mutate(doc: Document, schema: Schema, value: unknown): fc.Arbitrary<unknown> {
  const sites: Site[] = [];
  collectSites(doc, schema, value, [], sites);
  const objects = sites.filter((site) => isObject(site.value));
  const withKeys = objects.filter((site) => Object.keys(site.value as JsonObject).length > 0);
  const kinds: MutationKind[] = ['wrong-type', 'anything'];
  if (withKeys.length > 0) kinds.push('drop-required');
  if (objects.length > 0) kinds.push('add-unknown');
  const pick = <T>(list: T[]) => fc.nat({ max: list.length - 1 }).map((i) => list[i]!);

  return fc.constantFrom(...kinds).chain((kind): fc.Arbitrary<unknown> => {
    switch (kind) {
      case 'drop-required':
        return pick(withKeys).chain((site) => {
          const keys = Object.keys(site.value as JsonObject);
          const required = ((site.schema?.required as string[] | undefined) ?? []).filter((k) =>
            keys.includes(k),
          );
          return pick(required.length > 0 ? required : keys).map((key) =>
            setAt(value, [...site.path, key], () => undefined, true),
          );
        });
      case 'add-unknown':
        return pick(objects).chain((site) => {
          const known = (site.schema?.properties as JsonObject | undefined) ?? {};
          const key = unknownKeys.filter((k) => !(k in known) && !Object.hasOwn(site.value as JsonObject, k));
          return fc
            .tuple(key, fc.jsonValue({ maxDepth: 1 }))
            .map(([k, v]) => setAt(value, [...site.path, k], () => v));
        });
      case 'wrong-type':
        return pick(sites).chain((site) => {
          const current = jsonType(site.value);
          const types = Object.keys(otherTypes).filter(
            (t) => t !== current && !(current === 'number' && t === 'integer'),
          );
          return pick(types)
            .chain((t) => otherTypes[t]!)
            .map((v) => setAt(value, site.path, () => v));
        });
      case 'anything':
        return pick(sites).chain((site) => fc.anything().map((v) => setAt(value, site.path, () => v)));
    }
  });
}

/** Values `schema` accepts, then mutated (see `mutate`). */
export function mutatedArbitrary(
  doc: Document,
  schema: Schema,
  options: SchemaArbitraryOptions = {},
): fc.Arbitrary<unknown> {
  return schemaArbitrary(doc, schema, options).chain((value) => mutate(doc, schema, value));
}
