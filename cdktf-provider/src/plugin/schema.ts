// A small schema language for resources and data sources: what GetProviderSchema sends, the cty type
// every value is encoded with, and the generic parts of planning (defaults, what is known only after
// apply, what forces replacement). Descriptions are written for the generated docs and bindings.
import type { CtyType, ObjectValue, Value } from './dynamic.ts';
import { Unknown } from './dynamic.ts';

export interface Nested {
  nesting: 'single' | 'list' | 'set';
  attributes: Attributes;
}

export interface Attribute {
  /** A primitive or collection type; leave out for a nested attribute. */
  type?: CtyType;
  nested?: Nested;
  description: string;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  /** The value planned when the configuration leaves the attribute out (the attribute is then computed). */
  default?: Value;
  /** A change of this attribute destroys and re-creates the resource. */
  forceNew?: boolean;
  /** Keep the prior value while the resource exists (ids, secrets): it never changes by itself. */
  stable?: boolean;
}

export type Attributes = Readonly<Record<string, Attribute>>;

export interface BlockSchema {
  description: string;
  attributes: Attributes;
}

export function attributeType(attr: Attribute): CtyType {
  if (attr.type !== undefined) return attr.type;
  const nested = attr.nested!;
  const object: CtyType = ['object', objectType(nested.attributes)[1]];
  return nested.nesting === 'single' ? object : [nested.nesting, object];
}

export function objectType(attributes: Attributes): readonly ['object', Record<string, CtyType>] {
  const fields: Record<string, CtyType> = {};
  for (const [name, attr] of Object.entries(attributes)) fields[name] = attributeType(attr);
  return ['object', fields];
}

const NESTING = { single: 1, list: 2, set: 3 } as const;

function protoAttributes(attributes: Attributes): unknown[] {
  return Object.entries(attributes).map(([name, a]) => ({
    name,
    type: a.nested ? Buffer.alloc(0) : Buffer.from(JSON.stringify(a.type)),
    nested_type: a.nested
      ? { attributes: protoAttributes(a.nested.attributes), nesting: NESTING[a.nested.nesting] }
      : undefined,
    description: a.description,
    description_kind: 1,
    required: a.required ?? false,
    optional: a.optional ?? false,
    computed: (a.computed ?? false) || a.default !== undefined,
    sensitive: a.sensitive ?? false,
  }));
}

/** The tfplugin6 Schema message of a block. */
export function protoSchema(schema: BlockSchema, version = 0): unknown {
  return {
    version,
    block: {
      version,
      attributes: protoAttributes(schema.attributes),
      block_types: [],
      description: schema.description,
      description_kind: 1,
    },
  };
}

/**
 * A canonical string of a value of `type`: sets sorted, so two values are equal exactly when their keys
 * are. Unknowns print as a marker that equals nothing known.
 */
export function canonical(type: CtyType, value: Value | undefined): string {
  if (value === Unknown) return '?';
  if (value === null || value === undefined) return 'null';
  if (typeof type === 'string') return JSON.stringify(value);
  const [kind, inner] = type;
  if (kind === 'list' || kind === 'set') {
    const items = (value as Value[]).map((v) => canonical(inner as CtyType, v));
    if (kind === 'set') items.sort();
    return `[${items.join(',')}]`;
  }
  const object = value as ObjectValue;
  if (kind === 'map')
    return `{${Object.keys(object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(inner as CtyType, object[k])}`)
      .join(',')}}`;
  const fields = inner as Readonly<Record<string, CtyType>>;
  return `{${Object.keys(fields)
    .map((k) => `${JSON.stringify(k)}:${canonical(fields[k]!, object[k])}`)
    .join(',')}}`;
}

export function equal(type: CtyType, a: Value | undefined, b: Value | undefined): boolean {
  return canonical(type, a) === canonical(type, b);
}

function isComputed(a: Attribute): boolean {
  return (a.computed ?? false) || a.default !== undefined;
}

/**
 * Fills what the configuration leaves out: the attribute's default, else (for computed attributes) the
 * prior value when `prior` is given, else unknown. Recurses into nested attributes so defaults inside
 * rules and rollouts are planned too.
 */
export function applyDefaults(
  attributes: Attributes,
  config: ObjectValue,
  prior: ObjectValue | null,
): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, a] of Object.entries(attributes)) {
    const value = config[name] ?? null;
    const before = prior?.[name] ?? null;
    if (value === null) {
      if (a.default !== undefined) out[name] = a.default;
      else if (isComputed(a)) out[name] = prior ? before : Unknown;
      else out[name] = null;
      continue;
    }
    if (value === Unknown || !a.nested) {
      out[name] = value;
      continue;
    }
    const nested = a.nested;
    if (nested.nesting === 'single') {
      const priorObject = before !== null && before !== Unknown && typeof before === 'object' ? before : null;
      out[name] = applyDefaults(nested.attributes, value as ObjectValue, priorObject as ObjectValue | null);
    } else {
      // Elements of a list or set are planned without a prior: their computed parts all have defaults.
      out[name] = (value as Value[]).map((v) =>
        v === Unknown || v === null ? v : applyDefaults(nested.attributes, v as ObjectValue, null),
      );
    }
  }
  return out;
}

/** The top-level attributes whose change forces replacement and that differ between prior and planned. */
export function replacedAttributes(
  attributes: Attributes,
  prior: ObjectValue,
  planned: ObjectValue,
): string[] {
  return Object.entries(attributes)
    .filter(([name, a]) => a.forceNew && !equal(attributeType(a), prior[name], planned[name]))
    .map(([name]) => name);
}
