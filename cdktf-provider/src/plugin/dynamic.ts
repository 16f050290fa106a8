// Terraform's DynamicValue: a value of a schema type, msgpack-encoded the way cty does it. Unknown
// values are msgpack extension 0 (and, from Terraform 1.6, extension 12 for unknowns with refinements
// such as "not null" or a string prefix: we read both as plain unknown). Nulls are msgpack nil.
// Encoding is driven by the type so every object carries all its attributes (absent ones as null).
import { decode, encode, ExtData } from '@msgpack/msgpack';

/** The cty type of a value, as Terraform's schema JSON spells it. */
export type CtyType =
  | 'string'
  | 'number'
  | 'bool'
  | readonly ['list' | 'set' | 'map', CtyType]
  | readonly ['object', Readonly<Record<string, CtyType>>];

/** A value not known until apply. */
export const Unknown: unique symbol = Symbol('unknown');

export type Value = null | string | number | boolean | typeof Unknown | Value[] | { [key: string]: Value };
export type ObjectValue = { [key: string]: Value };

const UNKNOWN_EXT = 0;
const REFINED_UNKNOWN_EXT = 12;

function fromWire(raw: unknown): Value {
  if (raw instanceof ExtData) {
    if (raw.type === UNKNOWN_EXT || raw.type === REFINED_UNKNOWN_EXT) return Unknown;
    throw new Error(`unexpected msgpack extension ${raw.type}`);
  }
  if (raw === null || raw === undefined) return null;
  if (Array.isArray(raw)) return raw.map(fromWire);
  if (raw instanceof Map) {
    const out: ObjectValue = {};
    for (const [k, v] of raw) out[String(k)] = fromWire(v);
    return out;
  }
  if (typeof raw === 'bigint') return Number(raw);
  if (typeof raw === 'object') {
    const out: ObjectValue = {};
    for (const [k, v] of Object.entries(raw)) out[k] = fromWire(v);
    return out;
  }
  return raw as Value;
}

/** Decodes a msgpack DynamicValue (empty bytes are null). */
export function decodeMsgpack(bytes: Uint8Array | undefined): Value {
  if (bytes === undefined || bytes.length === 0) return null;
  return fromWire(decode(bytes, { extensionCodec: undefined, useBigInt64: false }));
}

/** Decodes a JSON DynamicValue or raw state (no unknowns can appear in JSON). */
export function decodeJson(bytes: Uint8Array | undefined): Value {
  if (bytes === undefined || bytes.length === 0) return null;
  return JSON.parse(Buffer.from(bytes).toString('utf8')) as Value;
}

function toWire(type: CtyType, value: Value | undefined): unknown {
  if (value === Unknown) return new ExtData(UNKNOWN_EXT, new Uint8Array([0]));
  if (value === null || value === undefined) return null;
  if (type === 'string') {
    if (typeof value !== 'string') throw new TypeError(`expected a string, got ${JSON.stringify(value)}`);
    return value;
  }
  if (type === 'number') {
    if (typeof value !== 'number') throw new TypeError(`expected a number, got ${JSON.stringify(value)}`);
    return value;
  }
  if (type === 'bool') {
    if (typeof value !== 'boolean') throw new TypeError(`expected a bool, got ${JSON.stringify(value)}`);
    return value;
  }
  const [kind, inner] = type;
  if (kind === 'list' || kind === 'set') {
    if (!Array.isArray(value)) throw new TypeError(`expected a ${kind}`);
    return value.map((v) => toWire(inner, v));
  }
  if (typeof value !== 'object' || Array.isArray(value)) throw new TypeError(`expected an ${kind}`);
  // Plain objects: @msgpack/msgpack writes a Map as an empty map.
  const out: Record<string, unknown> = {};
  if (kind === 'map') {
    for (const [k, v] of Object.entries(value)) out[k] = toWire(inner as CtyType, v);
    return out;
  }
  for (const [k, t] of Object.entries(inner)) out[k] = toWire(t, value[k]);
  return out;
}

/** Encodes a value of `type` as msgpack, the way Terraform expects a DynamicValue. */
export function encodeMsgpack(type: CtyType, value: Value): Uint8Array {
  return encode(toWire(type, value), { ignoreUndefined: false, forceFloat32: false });
}

/** Whether a value (or anything inside it) is unknown. */
export function hasUnknown(value: Value | undefined): boolean {
  if (value === Unknown) return true;
  if (Array.isArray(value)) return value.some(hasUnknown);
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasUnknown);
  return false;
}

/** Deep equality of two values (sets compared as lists: callers sort them the same way). */
export function sameValue(a: Value | undefined, b: Value | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return a == b;
  if (a === Unknown || b === Unknown) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((v, i) => sameValue(v, b[i]));
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!sameValue(a[k] ?? null, b[k] ?? null)) return false;
    return true;
  }
  return false;
}
