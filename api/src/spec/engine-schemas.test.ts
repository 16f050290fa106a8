// The spec cannot drift from the engine: the flag-configuration schemas of openapi.yaml and of
// schemas/flags.schema.json are compared field by field with the engine's zod schemas (through zod's
// JSON Schema conversion): property names, required, types, string and array limits, numeric bounds,
// patterns and enums (the operator enum is the engine's OPERATORS). The engine is the truth for every
// value; a limit one side has, the other must have too. A difference is reported with its path.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  FlagConfigSchema,
  FlagDefinitionSchema,
  FlagKindSchema,
  KEY_PATTERN,
  OPERATORS,
  SegmentRuleSchema,
  SegmentSchema,
  VariationSchema,
} from '@ff/engine';
import { OPENFEATURE_ERROR_CODES, OPENFEATURE_REASONS } from '@ff/engine/openfeature';
import { loadDocument } from './document.ts';

type Schema = { [key: string]: unknown };

const openapi = loadDocument() as unknown as Schema;
const flagsFile = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../schemas/flags.schema.json', import.meta.url)), 'utf8'),
) as Schema;

/** The engine schema as JSON Schema, as callers write it (defaults make fields optional). */
const json = (schema: z.ZodType): Schema =>
  z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as Schema;

function deref(doc: Schema, node: Schema): Schema {
  let n = node;
  while (typeof n.$ref === 'string') {
    const path = n.$ref.replace(/^#\//, '').split('/');
    const target = path.reduce<unknown>((at, k) => (at as Schema)[k], doc) as Schema;
    // A $ref with siblings (a description) keeps them; the target's constraints come along.
    const { $ref: _ref, ...rest } = n;
    n = { ...target, ...rest };
  }
  return n;
}

/** A spec `oneOf` of objects (Serve) as one object: every branch's properties, each branch one required. */
function merged(node: Schema, path: string, issues: string[]): Schema {
  if (!Array.isArray(node.oneOf)) return node;
  const properties: Schema = {};
  for (const branch of node.oneOf as Schema[]) {
    const required = (branch.required as string[] | undefined) ?? [];
    if (required.length !== 1) issues.push(`${path}: a oneOf branch must require exactly one property`);
    Object.assign(properties, branch.properties);
  }
  return { type: 'object', properties };
}

const ANNOTATIONS = new Set(['description', 'title', 'default', 'examples']);
/** A schema that constrains nothing (annotations aside): any JSON value. */
const isEmpty = (v: unknown) =>
  typeof v === 'object' && v !== null && Object.keys(v).every((k) => ANNOTATIONS.has(k));

/** Spellings that mean the same: an enum of strings is a string; `items: {}` is no constraint on items. */
function normalized(node: Schema, doc: Schema): Schema {
  const out = { ...node };
  if (out.type === undefined && Array.isArray(out.enum) && out.enum.every((v) => typeof v === 'string'))
    out.type = 'string';
  if (out.items !== undefined && isEmpty(deref(doc, out.items as Schema))) delete out.items;
  return out;
}

const BOUNDS = ['type', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems', 'pattern'];
// zod writes a safe-integer range for every integer; the spec leaves the obvious unsaid.
const unbounded = (key: string, v: unknown) =>
  (key === 'maximum' && v === Number.MAX_SAFE_INTEGER) ||
  (key === 'minimum' && v === Number.MIN_SAFE_INTEGER);
const sortedOr = (v: unknown) => (Array.isArray(v) ? [...(v as string[])].sort() : []);

interface Exceptions {
  /** Properties only the spec has (e.g. `comment`, recorded in the audit entry). */
  specOnly?: string[];
  /** Properties only the engine has (e.g. a ruleset config's `version`). */
  engineOnly?: string[];
}

/** Every difference between `engine` and the spec's `spec` (within `doc`), by path. */
function differences(engine: Schema, doc: Schema, spec: Schema, path: string, ex: Exceptions = {}): string[] {
  const issues: string[] = [];
  const e = normalized(engine, {});
  const s = normalized(merged(deref(doc, spec), path, issues), doc);
  for (const key of BOUNDS) {
    const ev = unbounded(key, e[key]) ? undefined : e[key];
    if (ev !== s[key])
      issues.push(`${path}: ${key} is ${String(ev)} in the engine, ${String(s[key])} in the spec`);
  }
  if (e.enum !== undefined || s.enum !== undefined) {
    const [ee, se] = [sortedOr(e.enum), sortedOr(s.enum)];
    if (ee.join() !== se.join()) issues.push(`${path}: enum [${ee}] in the engine, [${se}] in the spec`);
  }
  const [er, sr] = [sortedOr(e.required), sortedOr(s.required)];
  if (er.join() !== sr.join()) issues.push(`${path}: required [${er}] in the engine, [${sr}] in the spec`);
  const ep = (e.properties ?? {}) as Record<string, Schema>;
  const sp = (s.properties ?? {}) as Record<string, Schema>;
  for (const name of Object.keys(ep)) {
    if (ex.engineOnly?.includes(name)) continue;
    if (!(name in sp)) issues.push(`${path}.${name}: in the engine, not in the spec`);
    else issues.push(...differences(ep[name]!, doc, sp[name]!, `${path}.${name}`));
  }
  for (const name of Object.keys(sp)) {
    if (!(name in ep) && !ex.specOnly?.includes(name))
      issues.push(`${path}.${name}: in the spec, not in the engine`);
  }
  if (e.items !== undefined || s.items !== undefined) {
    if (e.items === undefined || s.items === undefined) issues.push(`${path}[]: items on one side only`);
    else issues.push(...differences(e.items as Schema, doc, s.items as Schema, `${path}[]`));
  }
  return issues;
}

/** A node of an engine JSON Schema (no `$ref`s there). */
const at = (node: Schema, ...path: string[]) => path.reduce<Schema>((n, k) => n[k] as Schema, node);
const schemaOf = (doc: Schema, ...path: string[]) =>
  path.reduce<Schema>((at, k) => deref(doc, at)[k] as Schema, doc);
const engineDefinition = json(FlagDefinitionSchema).properties as Record<string, Schema>;
const engineSegment = json(SegmentSchema).properties as Record<string, Schema>;

describe('openapi.yaml agrees with the engine, field by field', () => {
  const c = (name: string) => schemaOf(openapi, 'components', 'schemas', name);
  it.each<[string, Schema, Schema, Exceptions?]>([
    [
      'FlagConfig',
      json(FlagConfigSchema),
      c('FlagConfig'),
      // The PUT body also takes a GET's read-only fields back (checked against the request, dropped).
      { specOnly: ['comment', 'flag', 'environment', 'updatedAt'], engineOnly: ['version'] },
    ],
    ['SegmentRule', json(SegmentRuleSchema), c('SegmentRule')],
    ['Variation', json(VariationSchema), c('Variation')],
    ['FlagKind', json(FlagKindSchema), c('FlagKind')],
    [
      'FlagCreate.variations',
      engineDefinition.variations!,
      schemaOf(c('FlagCreate'), 'properties', 'variations'),
    ],
    [
      'FlagUpdate.variations',
      engineDefinition.variations!,
      schemaOf(c('FlagUpdate'), 'properties', 'variations'),
    ],
    ...(['name', 'description', 'tags'] as const).flatMap((k): [string, Schema, Schema][] => [
      [`FlagCreate.${k}`, engineDefinition[k]!, schemaOf(c('FlagCreate'), 'properties', k)],
      [`FlagUpdate.${k}`, engineDefinition[k]!, schemaOf(c('FlagUpdate'), 'properties', k)],
    ]),
    ...(['name', 'description'] as const).map((k): [string, Schema, Schema] => [
      `SegmentCreate.${k}`,
      engineSegment[k]!,
      schemaOf(c('SegmentCreate'), 'properties', k),
    ]),
    ['SegmentCreate.rules', engineSegment.rules!, schemaOf(c('SegmentCreate'), 'properties', 'rules')],
    ['SegmentUpdate.rules', engineSegment.rules!, schemaOf(c('SegmentUpdate'), 'properties', 'rules')],
  ])('%s', (name, engine, spec, exceptions) => {
    expect(differences(engine, openapi, spec, name, exceptions)).toEqual([]);
  });

  // The configuration actions (PATCH) restate parts of it: a rule named by id, a rollout, target keys.
  const engineConfig = json(FlagConfigSchema);
  const rule = at(engineConfig, 'properties', 'rules', 'items');
  const ruleId = at(rule, 'properties', 'id');
  const rollout = at(rule, 'properties', 'serve', 'properties', 'rollout');
  const targetValues = at(engineConfig, 'properties', 'targets', 'items', 'properties', 'values');
  const action = (name: string, ...path: string[]) => schemaOf(c(name), 'properties', ...path);
  it.each<[string, Schema, Schema]>([
    ['ActionSetRollout.ruleId', ruleId, action('ActionSetRollout', 'ruleId')],
    ...(['bucketBy', 'salt', 'weights'] as const).map((k): [string, Schema, Schema] => [
      `ActionSetRollout.${k}`,
      at(rollout, 'properties', k),
      action('ActionSetRollout', k),
    ]),
    ['ActionAddTargets.values[]', at(targetValues, 'items'), action('ActionAddTargets', 'values', 'items')],
    [
      'ActionRemoveTargets.values[]',
      at(targetValues, 'items'),
      action('ActionRemoveTargets', 'values', 'items'),
    ],
    ...(['id', 'description', 'clauses', 'serve'] as const).map((k): [string, Schema, Schema] => [
      `ActionAddRule.rule.${k}`,
      at(rule, 'properties', k),
      action('ActionAddRule', 'rule', 'properties', k),
    ]),
    ...(['description', 'clauses', 'serve'] as const).map((k): [string, Schema, Schema] => [
      `ActionUpdateRule.rule.${k}`,
      at(rule, 'properties', k),
      action('ActionUpdateRule', 'rule', 'properties', k),
    ]),
    ['ActionUpdateRule.id', ruleId, action('ActionUpdateRule', 'id')],
    ['ActionRemoveRule.id', ruleId, action('ActionRemoveRule', 'id')],
    ['ActionReorderRules.ids[]', ruleId, action('ActionReorderRules', 'ids', 'items')],
  ])('%s', (name, engine, spec) => {
    expect(differences(engine, openapi, spec, name)).toEqual([]);
  });

  it('has the engine’s key pattern, operators, and OpenFeature reasons and error codes', () => {
    expect(c('Key').pattern).toBe(KEY_PATTERN.source);
    expect(schemaOf(c('Clause'), 'properties', 'op').enum).toEqual([...OPERATORS]);
    expect(c('OpenFeatureReason').enum).toEqual([...OPENFEATURE_REASONS]);
    expect(c('EvaluationErrorCode').enum).toEqual([...OPENFEATURE_ERROR_CODES]);
  });
});

describe('schemas/flags.schema.json agrees with the engine, field by field', () => {
  const d = (...path: string[]) => schemaOf(flagsFile, '$defs', ...path);
  const flag = (name: string) => schemaOf(d('Flag'), 'properties', name);
  it.each<[string, Schema, Schema, Exceptions?]>([
    ['FlagConfig', json(FlagConfigSchema), d('FlagConfig'), { engineOnly: ['version'] }],
    ['Flag.variations', engineDefinition.variations!, flag('variations')],
    ['Flag.kind', json(FlagKindSchema), flag('kind')],
    ['Segment.rules', engineSegment.rules!, schemaOf(d('Segment'), 'properties', 'rules')],
  ])('%s', (name, engine, spec, exceptions) => {
    expect(differences(engine, flagsFile, spec, name, exceptions)).toEqual([]);
  });

  it('has the engine’s key pattern and operators', () => {
    expect(d('Key').pattern).toBe(KEY_PATTERN.source);
    expect(schemaOf(d('Clause'), 'properties', 'op').enum).toEqual([...OPERATORS]);
  });
});
