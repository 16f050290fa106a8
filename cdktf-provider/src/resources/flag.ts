// ff_flag: a flag's definition (shared by all environments). Its per-environment targeting is
// ff_flag_environment. Destroying it archives then deletes it, as the API requires.
import type { Flag, FlagKind, Variation } from '@ff/client';
import { validateFlagDefinition } from '@ff/engine';
import type { Json } from '@ff/engine';
import { DEFAULT_BOOLEAN_VARIATIONS } from '@ff/engine/limits';
import { error, pathFromAccessor } from '../plugin/diagnostics.ts';
import type { Diagnostic } from '../plugin/diagnostics.ts';
import { Unknown } from '../plugin/dynamic.ts';
import type { ObjectValue, Value } from '../plugin/dynamic.ts';
import type { ProviderContext, ResourceType, Stored } from '../plugin/resource.ts';
import type { Attributes, BlockSchema } from '../plugin/schema.ts';
import {
  bool,
  idAttr,
  ifMatch,
  importParts,
  isKnown,
  keyPattern,
  objects,
  optStr,
  orGone,
  projectAttr,
  str,
  strings,
  versionOf,
} from './common.ts';
import { parseJson, spellJson } from './json-values.ts';

const variationAttributes: Attributes = {
  name: { type: 'string', required: true, description: 'Variation name (`on`, `off`, `blue`, …).' },
  value: {
    type: 'string',
    required: true,
    description:
      'The value served, as JSON: `jsonencode(true)`, `jsonencode("blue")`, `jsonencode({ max = 3 })`.',
  },
  description: { type: 'string', optional: true, default: '', description: 'Free text. Defaults to `""`.' },
};

export const flagSchema: BlockSchema = {
  description:
    "A feature flag's definition. Variations are referenced by index (0-based) from `ff_flag_environment`. Import with `<project>/<flag>`.",
  attributes: {
    id: idAttr('<project>/<flag>'),
    project: projectAttr('the flag'),
    key: {
      type: 'string',
      required: true,
      forceNew: true,
      description: `Flag key (${keyPattern}), what code asks for. Changing it re-creates the flag.`,
    },
    name: { type: 'string', required: true, description: 'Display name.' },
    description: { type: 'string', optional: true, default: '', description: 'Free text. Defaults to `""`.' },
    kind: {
      type: 'string',
      required: true,
      forceNew: true,
      description: 'Value type: `boolean`, `string`, `number` or `json`. Changing it re-creates the flag.',
    },
    variations: {
      nested: { nesting: 'list', attributes: variationAttributes },
      optional: true,
      computed: true,
      description:
        'The values the flag can serve, in order (indexes matter). Required unless `kind` is `boolean`, which defaults to `on` (true) and `off` (false). Variations in use cannot be removed.',
    },
    tags: {
      type: ['set', 'string'],
      optional: true,
      default: [],
      description: 'Tags (unordered). Defaults to none.',
    },
    owner: { type: 'string', optional: true, description: 'Who owns the flag (an email or team name).' },
    temporary: {
      type: 'bool',
      optional: true,
      default: true,
      description:
        'A release flag meant to be removed (as opposed to a permanent kill switch or config). Defaults to `true`.',
    },
    client_side: {
      type: 'bool',
      optional: true,
      default: false,
      description: 'Visible to client-side SDK keys. Defaults to `false`.',
    },
    archived: {
      type: 'bool',
      optional: true,
      default: false,
      description: 'Archived flags are hidden and served by no SDK. Defaults to `false`.',
    },
  },
};

// The engine's default boolean variations, with values JSON-encoded as the schema's `value` attribute is.
const BOOLEAN_VARIATIONS: Value[] = DEFAULT_BOOLEAN_VARIATIONS.map((v) => ({
  name: v.name,
  value: JSON.stringify(v.value),
  description: '',
}));

function apiVariations(planned: ObjectValue): Variation[] {
  return objects(planned.variations).map((v) => {
    const parsed = parseJson(str(v, 'value'));
    const description = optStr(v, 'description');
    return {
      name: str(v, 'name'),
      value: parsed.ok ? parsed.value : null,
      ...(description ? { description } : {}),
    };
  });
}

function toState(project: string, f: Flag, previous: ObjectValue | null, version?: number): Stored {
  const before = objects(previous?.variations);
  const tagsBefore = strings(previous?.tags);
  // Keep the prior order of a set when the members are the same, so equal states compare equal cheaply.
  const tags =
    tagsBefore.length === f.tags.length && f.tags.every((t) => tagsBefore.includes(t))
      ? tagsBefore
      : [...f.tags].sort();
  return {
    state: {
      id: `${project}/${f.key}`,
      project,
      key: f.key,
      name: f.name,
      description: f.description,
      kind: f.kind,
      variations: f.variations.map((v, i) => ({
        name: v.name,
        value: spellJson(v.value as Json, optStr(before[i] ?? {}, 'value')),
        description: v.description ?? '',
      })),
      tags,
      owner: f.owner ?? null,
      temporary: f.temporary,
      client_side: f.clientSide,
      archived: f.archived,
    },
    private: { version: version ?? f.version },
  };
}

async function get(
  ctx: ProviderContext,
  project: string,
  key: string,
  previous: ObjectValue | null,
): Promise<Stored | null> {
  return orGone(async () => {
    const res = await ctx.api.getFlag({ path: { project, flag: key } });
    return toState(project, res.data, previous, versionOf(res.headers));
  });
}

export const flagResource: ResourceType = {
  schema: flagSchema,
  validate(config) {
    const list: Diagnostic[] = [];
    const kind = config.kind;
    if (typeof kind === 'string' && !['boolean', 'string', 'number', 'json'].includes(kind))
      list.push(error('Invalid kind', `"${kind}" is not one of boolean, string, number, json.`, ['kind']));
    if (config.variations === null && typeof kind === 'string' && kind !== 'boolean')
      list.push(error('Missing variations', `A ${kind} flag needs its variations.`, ['variations']));
    const variations = config.variations;
    if (!Array.isArray(variations) || typeof kind !== 'string' || list.length > 0) return list;
    const parsed: unknown[] = [];
    variations.forEach((v, i) => {
      const value =
        v !== null && v !== Unknown && typeof v === 'object' && !Array.isArray(v) ? v.value : Unknown;
      if (typeof value !== 'string') return parsed.push(undefined);
      const json = parseJson(value);
      if (!json.ok) list.push(error('Invalid JSON', json.message, ['variations', i, 'value']));
      parsed.push({ name: (v as ObjectValue).name, value: json.ok ? json.value : null });
    });
    // The engine's definition check (value types match the kind, names unique) once everything is known.
    if (list.length === 0 && parsed.every((p) => p !== undefined && isKnown((p as { name: Value }).name))) {
      const result = validateFlagDefinition({ key: 'x', kind, variations: parsed });
      if (!result.ok)
        for (const issue of result.issues)
          list.push(error('Invalid variations', issue.message, pathFromAccessor(issue.path)));
    }
    return list;
  },
  async plan(_ctx, planned) {
    if (planned.variations === Unknown && planned.kind === 'boolean') planned.variations = BOOLEAN_VARIATIONS;
    return [];
  },
  async create(ctx, planned) {
    const project = str(planned, 'project');
    const owner = optStr(planned, 'owner');
    const res = await ctx.api.createFlag({
      path: { project },
      body: {
        key: str(planned, 'key'),
        name: str(planned, 'name'),
        description: str(planned, 'description'),
        kind: str(planned, 'kind') as FlagKind,
        variations: apiVariations(planned),
        tags: strings(planned.tags),
        temporary: bool(planned, 'temporary', true),
        clientSide: bool(planned, 'client_side'),
        ...(owner === undefined ? {} : { owner }),
      },
    });
    let stored = toState(project, res.data, planned, versionOf(res.headers));
    if (bool(planned, 'archived')) {
      const archived = await ctx.api.archiveFlag({
        path: { project, flag: res.data.key },
        ...ifMatch(stored.private.version),
      });
      stored = toState(project, archived.data, planned, versionOf(archived.headers));
    }
    return stored;
  },
  read: (ctx, state) => get(ctx, str(state, 'project'), str(state, 'key'), state),
  async update(ctx, prior, planned, priv) {
    const path = { project: str(prior, 'project'), flag: str(prior, 'key') };
    const res = await ctx.api.updateFlag({
      path,
      body: {
        name: str(planned, 'name'),
        description: str(planned, 'description'),
        variations: apiVariations(planned),
        tags: strings(planned.tags),
        owner: optStr(planned, 'owner') ?? null,
        temporary: bool(planned, 'temporary', true),
        clientSide: bool(planned, 'client_side'),
      },
      ...ifMatch(priv.version),
    });
    let flag = res.data;
    let version = versionOf(res.headers);
    if (bool(planned, 'archived') !== flag.archived) {
      const op = flag.archived ? ctx.api.unarchiveFlag.bind(ctx.api) : ctx.api.archiveFlag.bind(ctx.api);
      const changed = await op({ path, ...ifMatch(version) });
      flag = changed.data;
      version = versionOf(changed.headers);
    }
    return toState(path.project, flag, planned, version);
  },
  async delete(ctx, prior, priv) {
    const path = { project: str(prior, 'project'), flag: str(prior, 'key') };
    await orGone(async () => {
      let version = priv.version;
      if (!bool(prior, 'archived')) {
        const archived = await ctx.api.archiveFlag({ path, ...ifMatch(version) });
        version = versionOf(archived.headers);
      }
      await ctx.api.deleteFlag({ path, ...ifMatch(version) });
    });
  },
  async import(ctx, id) {
    const [project, key] = importParts(id, 'project/flag');
    const found = await get(ctx, project!, key!, null);
    if (!found) throw new Error(`flag "${id}" does not exist`);
    return found;
  },
};

export function flagData(project: string, f: Flag): ObjectValue {
  return toState(project, f, null).state;
}
