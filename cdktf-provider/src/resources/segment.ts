// ff_segment: a reusable audience: rules plus included/excluded context keys. The key lists are sets;
// updates send only what was added and removed, so large lists stay cheap.
import type { FfClient, Segment, SegmentRule } from '@ff/client';
import { validateSegment } from '@ff/engine';
import { error, pathFromAccessor } from '../plugin/diagnostics.ts';
import type { Diagnostic } from '../plugin/diagnostics.ts';
import { hasUnknown } from '../plugin/dynamic.ts';
import type { ObjectValue } from '../plugin/dynamic.ts';
import type { ProviderContext, ResourceType, Stored } from '../plugin/resource.ts';
import { attributeType, equal } from '../plugin/schema.ts';
import type { BlockSchema } from '../plugin/schema.ts';
import {
  idAttr,
  ifMatch,
  importParts,
  keyPattern,
  objects,
  optStr,
  orGone,
  projectAttr,
  str,
  strings,
  versionOf,
} from './common.ts';
import { clauseAttributes, fromApiClause, toApiClause } from './targeting.ts';

export const segmentSchema: BlockSchema = {
  description:
    'A segment: context keys always in (`included`), never in (`excluded`), and rules that match everyone else. Flags use it with a `segmentMatch` clause. Import with `<project>/<segment>`.',
  attributes: {
    id: idAttr('<project>/<segment>'),
    project: projectAttr('the segment'),
    key: {
      type: 'string',
      required: true,
      forceNew: true,
      description: `Segment key (${keyPattern}). Changing it re-creates the segment.`,
    },
    name: { type: 'string', required: true, description: 'Display name.' },
    description: { type: 'string', optional: true, default: '', description: 'Free text. Defaults to `""`.' },
    rules: {
      nested: {
        nesting: 'list',
        attributes: {
          id: { type: 'string', optional: true, description: 'Optional rule id.' },
          clauses: {
            nested: { nesting: 'list', attributes: clauseAttributes },
            required: true,
            description: 'All clauses must match.',
          },
        },
      },
      optional: true,
      default: [],
      description: 'A context matches if all clauses of any rule match. Defaults to none.',
    },
    included: {
      type: ['set', 'string'],
      optional: true,
      default: [],
      description: 'Context keys always in the segment. Defaults to none.',
    },
    excluded: {
      type: ['set', 'string'],
      optional: true,
      default: [],
      description: 'Context keys never in the segment (wins over everything). Defaults to none.',
    },
  },
};

function apiRules(o: ObjectValue): SegmentRule[] {
  return objects(o.rules).map((r) => {
    const id = optStr(r, 'id');
    return { ...(id ? { id } : {}), clauses: objects(r.clauses).map(toApiClause) };
  });
}

async function members(
  api: FfClient,
  project: string,
  segment: string,
  list: 'included' | 'excluded',
): Promise<string[]> {
  const keys: string[] = [];
  let cursor: string | undefined;
  do {
    const res = await api.listSegmentMembers({
      path: { project, segment },
      query: { list, limit: 500, ...(cursor ? { cursor } : {}) },
    });
    keys.push(...res.data.items.map((m) => m.key));
    cursor = res.data.nextCursor ?? undefined;
  } while (cursor);
  return keys.sort();
}

async function toState(
  api: FfClient,
  project: string,
  s: Segment,
  previous: ObjectValue | null,
  version: number | undefined,
): Promise<Stored> {
  const state: ObjectValue = {
    id: `${project}/${s.key}`,
    project,
    key: s.key,
    name: s.name,
    description: s.description,
    rules: s.rules.map((r) => ({ id: r.id ?? null, clauses: r.clauses.map(fromApiClause) })),
    included: s.includedCount > 0 ? await members(api, project, s.key, 'included') : [],
    excluded: s.excludedCount > 0 ? await members(api, project, s.key, 'excluded') : [],
  };
  // Same values keep the previous spelling and set order, so Terraform sees no change.
  if (previous)
    for (const [name, a] of Object.entries(segmentSchema.attributes))
      if (previous[name] !== undefined && equal(attributeType(a), previous[name], state[name]))
        state[name] = previous[name]!;
  return { state, private: { version } };
}

async function get(
  ctx: ProviderContext,
  project: string,
  key: string,
  previous: ObjectValue | null,
): Promise<Stored | null> {
  const res = await orGone(() => ctx.api.getSegment({ path: { project, segment: key } }));
  return res ? toState(ctx.api, project, res.data, previous, versionOf(res.headers)) : null;
}

function difference(a: string[], b: string[]): string[] {
  const other = new Set(b);
  return a.filter((x) => !other.has(x));
}

const CHUNK = 10_000;

export const segmentResource: ResourceType = {
  schema: segmentSchema,
  validate(config) {
    if (hasUnknown(config.rules) || hasUnknown(config.included) || hasUnknown(config.excluded)) return [];
    const list: Diagnostic[] = [];
    const included = strings(config.included);
    const both = strings(config.excluded).filter((k) => included.includes(k));
    if (both.length > 0)
      list.push(
        error(
          'Key in both lists',
          `A key can be in only one of included and excluded: ${both.slice(0, 10).join(', ')}.`,
          ['excluded'],
        ),
      );
    const result = validateSegment({
      key: typeof config.key === 'string' ? config.key : 'x',
      rules: apiRules(config),
      included,
      excluded: strings(config.excluded),
    });
    if (!result.ok)
      for (const i of result.issues)
        list.push(
          error('Invalid segment', i.message, pathFromAccessor(i.path, new Set(['included', 'excluded']))),
        );
    return list;
  },
  async create(ctx, planned) {
    const project = str(planned, 'project');
    const included = strings(planned.included);
    const excluded = strings(planned.excluded);
    const res = await ctx.api.createSegment({
      path: { project },
      body: {
        key: str(planned, 'key'),
        name: str(planned, 'name'),
        description: str(planned, 'description'),
        rules: apiRules(planned),
        included: included.slice(0, CHUNK),
        excluded: excluded.slice(0, CHUNK),
      },
    });
    let version = versionOf(res.headers);
    // Larger lists than one request takes go in further chunks.
    for (let i = CHUNK; i < Math.max(included.length, excluded.length); i += CHUNK) {
      const more = await ctx.api.changeSegmentMembers({
        path: { project, segment: res.data.key },
        body: { add: { included: included.slice(i, i + CHUNK), excluded: excluded.slice(i, i + CHUNK) } },
        ...ifMatch(version),
      });
      version = versionOf(more.headers);
    }
    return (await get(ctx, project, res.data.key, planned))!;
  },
  read: (ctx, state) => get(ctx, str(state, 'project'), str(state, 'key'), state),
  async update(ctx, prior, planned, priv) {
    const project = str(prior, 'project');
    const segment = str(prior, 'key');
    let version = priv.version;
    const attrs = segmentSchema.attributes;
    if (
      ['name', 'description', 'rules'].some((f) => !equal(attributeType(attrs[f]!), prior[f], planned[f]))
    ) {
      const res = await ctx.api.updateSegment({
        path: { project, segment },
        body: {
          name: str(planned, 'name'),
          description: str(planned, 'description'),
          rules: apiRules(planned),
        },
        ...ifMatch(version),
      });
      version = versionOf(res.headers);
    }
    const change = {
      add: {
        included: difference(strings(planned.included), strings(prior.included)),
        excluded: difference(strings(planned.excluded), strings(prior.excluded)),
      },
      remove: {
        included: difference(strings(prior.included), strings(planned.included)),
        excluded: difference(strings(prior.excluded), strings(planned.excluded)),
      },
    };
    // Removals first, so a key moving from one list to the other is never in both.
    for (const [kind, lists] of [
      ['remove', change.remove],
      ['add', change.add],
    ] as const) {
      for (let i = 0; i < Math.max(lists.included.length, lists.excluded.length); i += CHUNK) {
        const res = await ctx.api.changeSegmentMembers({
          path: { project, segment },
          body: {
            [kind]: {
              included: lists.included.slice(i, i + CHUNK),
              excluded: lists.excluded.slice(i, i + CHUNK),
            },
          },
          ...ifMatch(version),
        });
        version = versionOf(res.headers);
      }
    }
    return (await get(ctx, project, segment, planned))!;
  },
  async delete(ctx, prior, priv) {
    await orGone(() =>
      ctx.api.deleteSegment({
        path: { project: str(prior, 'project'), segment: str(prior, 'key') },
        ...ifMatch(priv.version),
      }),
    );
  },
  async import(ctx, id) {
    const [project, key] = importParts(id, 'project/segment');
    const found = await get(ctx, project!, key!, null);
    if (!found) throw new Error(`segment "${id}" does not exist`);
    return found;
  },
};

export async function segmentData(api: FfClient, project: string, s: Segment): Promise<ObjectValue> {
  return (await toState(api, project, s, null, undefined)).state;
}
