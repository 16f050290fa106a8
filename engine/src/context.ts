// Contexts arrive from application code and from the network, so nothing here trusts their shape.

/**
 * The subject of an evaluation: `key` identifies it for targets and bucketing, every other
 * property is an attribute that clauses can test. Attributes are top-level property names (there
 * is no nested path syntax); `null` and `undefined` attributes count as missing.
 */
export interface Context {
  /** The identity used for individual targets and for bucketing by default (OpenFeature's `targetingKey`). */
  key?: string;
  [attribute: string]: unknown;
}

/** Anything `evaluate` accepts as a context: a {@link Context}, or a bare string meaning `{ key }`. */
export type ContextInput = Context | string;

const EMPTY: Context = Object.freeze({});

/**
 * Normalizes what callers pass as a context. A string `s` becomes `{ key: s }`; a plain object is
 * used as is; anything else (null, numbers, arrays) becomes the empty context, for which every
 * attribute is missing. Never throws.
 */
export function toContext(input: unknown): Context {
  if (typeof input === 'string') return { key: input };
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) return input as Context;
  return EMPTY;
}

/**
 * Reads one attribute of a context, or `undefined` when it is missing.
 *
 * Only own properties count, so `constructor` or `__proto__` never leak in from the prototype.
 * `emailDomain` is derived from `email` (everything after its last `@`, case kept as written) unless
 * the context sets `emailDomain` itself. `null` reads as missing.
 */
export function getAttribute(context: Context, name: string): unknown {
  const value = Object.hasOwn(context, name) ? context[name] : undefined;
  if (value !== undefined && value !== null) return value;
  if (name === 'emailDomain') return deriveEmailDomain(context);
  return undefined;
}

/** `emailDomain` as derived from `email`: everything after its last `@`, or `undefined`. */
export function deriveEmailDomain(context: Context): string | undefined {
  const email = Object.hasOwn(context, 'email') ? context.email : undefined;
  if (typeof email !== 'string') return undefined;
  const at = email.lastIndexOf('@');
  return at < 0 ? undefined : email.slice(at + 1);
}

const OP = Object.prototype as unknown as Record<string, unknown>;

/**
 * {@link getAttribute} for `key`, the one attribute read on (almost) every evaluation.
 *
 * Performance note: `Object.hasOwn` costs ~10 ns; a context whose prototype is `Object.prototype`
 * cannot inherit a `key` unless `Object.prototype` has one (pollution), and V8 folds that check to a
 * constant (a prototype map check), so the common case is a plain property load.
 */
export function readKey(context: Context): unknown {
  const v =
    (Object.getPrototypeOf(context) === OP && OP.key === undefined) || Object.hasOwn(context, 'key')
      ? context.key
      : undefined;
  return v === null ? undefined : v;
}

/**
 * JavaScript statements that set `v` to attribute `name` of the context `c`, exactly as
 * {@link getAttribute} reads it, for generated matchers (see codegen.ts). They expect in scope:
 * `proto` (`Object.getPrototypeOf(c)`), `OP` (`Object.prototype`), `hasOwn` (`Object.hasOwn`) and
 * `emailDomain` ({@link deriveEmailDomain}). `name` only ever enters the source JSON-encoded.
 *
 * Performance note: the same shortcut as {@link readKey}: a named load, and `hasOwn` only when the
 * context has another prototype or `Object.prototype` itself has the property (`constructor`,
 * `__proto__`, pollution). Inherited getters are never called, as in getAttribute.
 */
export function readAttributeSource(name: string): string {
  const n = JSON.stringify(name);
  const read =
    `v = (proto === OP && OP[${n}] === undefined) || hasOwn(c, ${n}) ? c[${n}] : undefined; ` +
    `if (v === null) v = undefined;`;
  return name === 'emailDomain' ? `${read} if (v === undefined) v = emailDomain(c);` : read;
}
