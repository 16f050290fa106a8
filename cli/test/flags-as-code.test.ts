import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { computePlan, summarize } from '../src/flags-as-code/diff.ts';
import type { Change } from '../src/flags-as-code/diff.ts';
import {
  FlagsFileError,
  parseFlagsFile,
  stringifyFlagsFile,
  validateFlagsFile,
} from '../src/flags-as-code/format.ts';
import type { RemoteFlag, RemoteState } from '../src/flags-as-code/remote.ts';
import { toFlagsFile } from '../src/flags-as-code/remote.ts';
import { renderPlan } from '../src/flags-as-code/render.ts';

const at = '2026-01-01T00:00:00.000Z';
const offConfig = {
  on: false,
  offVariation: 1,
  prerequisites: [],
  targets: [],
  rules: [],
  fallthrough: { variation: 1 },
};

function remoteFlag(
  key: string,
  extra: Partial<RemoteFlag> = {},
  envs: Record<string, object> = { dev: offConfig },
): RemoteFlag {
  return {
    key,
    name: key,
    description: '',
    kind: 'boolean',
    variations: [
      { name: 'on', value: true },
      { name: 'off', value: false },
    ],
    tags: [],
    owner: null,
    temporary: true,
    clientSide: false,
    archived: false,
    version: 1,
    createdAt: at,
    updatedAt: at,
    ...extra,
    environments: Object.fromEntries(
      Object.entries(envs).map(([env, c]) => [
        env,
        { flag: key, environment: env, version: 1, updatedAt: at, ...offConfig, ...c },
      ]),
    ) as RemoteFlag['environments'],
  };
}

function remote(partial: Partial<RemoteState> = {}): RemoteState {
  return {
    project: 'demo',
    environments: {
      dev: {
        key: 'dev',
        name: 'Dev',
        color: '#000000',
        protected: false,
        sortOrder: 0,
        version: 1,
        createdAt: at,
        updatedAt: at,
      },
    },
    segments: {},
    flags: {},
    ...partial,
  };
}

const file = (doc: Record<string, unknown>) => validateFlagsFile({ version: 1, project: 'demo', ...doc });
const brief = (changes: Change[]) =>
  changes.map(
    (c) =>
      `${c.action} ${c.type} ${c.key}${c.env ? '@' + c.env : ''}${c.fields.length ? ' ' + c.fields.map((f) => f.field).join(',') : ''}`,
  );

describe('flags file validation', () => {
  it.each<[string, unknown, string]>([
    ['wrong version', { version: 2, project: 'demo' }, 'version'],
    ['unknown top-level field', { version: 1, project: 'demo', flagz: {} }, ''],
    [
      'bad key',
      { version: 1, project: 'demo', flags: { 'Bad Key': { name: 'x', kind: 'boolean' } } },
      'flags["Bad Key"]',
    ],
    [
      'string flag without variations',
      { version: 1, project: 'demo', flags: { s: { name: 's', kind: 'string' } } },
      'flags.s.variations',
    ],
    [
      'unknown operator, with the engine path under the flag',
      {
        version: 1,
        project: 'demo',
        flags: {
          'new-checkout': {
            name: 'n',
            kind: 'boolean',
            environments: {
              prod: {
                on: true,
                offVariation: 1,
                fallthrough: { variation: 0 },
                rules: [
                  {
                    id: 'r',
                    clauses: [{ attribute: 'a', op: 'like', values: ['x'] }],
                    serve: { variation: 0 },
                  },
                ],
              },
            },
          },
        },
      },
      'flags["new-checkout"].environments.prod.rules[0].clauses[0].op',
    ],
    [
      'variation index out of range',
      {
        version: 1,
        project: 'demo',
        flags: {
          f: {
            name: 'f',
            kind: 'boolean',
            environments: { dev: { on: false, offVariation: 5, fallthrough: { variation: 0 } } },
          },
        },
      },
      'flags.f.environments.dev.offVariation',
    ],
    [
      'boolean variations not true/false',
      {
        version: 1,
        project: 'demo',
        flags: { f: { name: 'f', kind: 'boolean', variations: [{ name: 'a', value: 1 }] } },
      },
      'flags.f.variations',
    ],
    [
      'segment rule with a bad clause',
      {
        version: 1,
        project: 'demo',
        segments: { s: { name: 's', rules: [{ clauses: [{ attribute: 'a', op: 'lt', values: ['x'] }] }] } },
      },
      'segments.s.rules[0].clauses[0].values[0]',
    ],
  ])('refuses %s, naming the path', (_name, doc, path) => {
    let error: unknown;
    expect(() => {
      try {
        validateFlagsFile(doc);
      } catch (e) {
        error = e;
        throw e;
      }
    }).toThrow(FlagsFileError);
    expect((error as FlagsFileError).issues.map((i) => i.path)).toContain(path === '' ? '' : path);
  });

  it('parses YAML and refuses duplicate keys', async () => {
    const parsed = await parseFlagsFile(
      'version: 1\nproject: demo\nflags:\n  f: { name: F, kind: boolean }\n',
    );
    expect(parsed.flags.f).toMatchObject({ name: 'F', kind: 'boolean' });
    await expect(parseFlagsFile('version: 1\nproject: demo\nproject: other\n')).rejects.toThrow(
      FlagsFileError,
    );
  });
});

describe('computePlan', () => {
  it('creates what is missing, in dependency order', () => {
    const plan = computePlan(
      file({
        environments: { dev: { name: 'Dev' }, qa: { name: 'QA', protected: true } },
        segments: {
          outer: {
            name: 'Outer',
            rules: [{ clauses: [{ attribute: 'key', op: 'segmentMatch', values: ['inner'] }] }],
          },
          inner: { name: 'Inner', included: ['u1'] },
        },
        flags: {
          child: {
            name: 'Child',
            kind: 'boolean',
            environments: {
              dev: {
                on: true,
                offVariation: 1,
                fallthrough: { variation: 0 },
                prerequisites: [{ flag: 'parent', variation: 0 }],
              },
            },
          },
          parent: { name: 'Parent', kind: 'boolean', archived: true },
        },
      }),
      remote(),
    );
    expect(brief(plan.changes)).toEqual([
      'create environment qa name,protected',
      'create segment inner name,included',
      'create segment outer name,rules',
      'create flag child name,kind',
      'create flag parent name,kind',
      'create flagConfig child@dev on,offVariation,prerequisites,targets,rules,fallthrough',
      'update flag parent archived',
    ]);
    expect(summarize(plan)).toEqual({ add: 6, change: 1, destroy: 0 });
  });

  it('updates only changed fields; omitted fields are not managed', () => {
    const r = remote({ flags: { f: remoteFlag('f', { description: 'old', tags: ['a'] }) } });
    const plan = computePlan(file({ flags: { f: { name: 'f', kind: 'boolean', description: 'new' } } }), r);
    expect(plan.changes).toEqual([
      {
        action: 'update',
        type: 'flag',
        key: 'f',
        fields: [{ field: 'description', before: 'old', after: 'new' }],
        version: 1,
      },
    ]);
  });

  it('compares configurations by meaning: bucketBy "key", negate false and key order are spelling', () => {
    const stored = {
      on: true,
      rules: [
        {
          id: 'r',
          clauses: [{ attribute: 'a', op: 'in', values: ['x'] }],
          serve: { rollout: { bucketBy: 'key', weights: [{ variation: 0, weight: 100000 }] } },
        },
      ],
    };
    const r = remote({ flags: { f: remoteFlag('f', {}, { dev: stored }) } });
    const written = {
      fallthrough: { variation: 1 },
      offVariation: 1,
      on: true,
      rules: [
        {
          id: 'r',
          serve: { rollout: { weights: [{ weight: 100000, variation: 0 }] } },
          clauses: [{ values: ['x'], op: 'in', attribute: 'a', negate: false }],
        },
      ],
    };
    expect(
      computePlan(file({ flags: { f: { name: 'f', kind: 'boolean', environments: { dev: written } } } }), r)
        .changes,
    ).toEqual([]);
  });

  it('lists changed configuration fields with the version they were read at', () => {
    const r = remote({ flags: { f: remoteFlag('f') } });
    const plan = computePlan(
      file({
        flags: { f: { name: 'f', kind: 'boolean', environments: { dev: { ...offConfig, on: true } } } },
      }),
      r,
    );
    expect(plan.changes).toEqual([
      {
        action: 'update',
        type: 'flagConfig',
        key: 'f',
        env: 'dev',
        fields: [{ field: 'on', before: false, after: true }],
        version: 1,
      },
    ]);
    expect(plan.versions).toEqual({ 'environments/dev': 1, 'flags/f': 1, 'flags/f/environments/dev': 1 });
  });

  it('diffs segment members as keys to add and remove', () => {
    const seg = {
      key: 's',
      name: 's',
      description: '',
      rules: [],
      includedCount: 2,
      excludedCount: 0,
      version: 4,
      createdAt: at,
      updatedAt: at,
      included: ['a', 'b'],
      excluded: [],
    };
    const plan = computePlan(
      file({ segments: { s: { name: 's', included: ['b', 'c'] } } }),
      remote({ segments: { s: seg } }),
    );
    expect(plan.changes).toMatchObject([
      {
        type: 'segmentMembers',
        version: 4,
        members: { add: { included: ['c'], excluded: [] }, remove: { included: ['a'], excluded: [] } },
      },
    ]);
  });

  it('deletes only with prune, dependents before what they name; keeps environments', () => {
    const r = remote({
      flags: {
        a: remoteFlag('a'),
        b: remoteFlag('b', { archived: true }, { dev: { prerequisites: [{ flag: 'a', variation: 0 }] } }),
      },
    });
    const kept = computePlan(file({ environments: {} }), r);
    expect(kept.changes).toEqual([]);
    expect(kept.unmanaged).toEqual({ flags: ['a', 'b'], segments: [] });
    expect(renderPlan(kept, 'flags.yaml')).toContain(
      'Not in flags.yaml (kept; --prune deletes them): flag a, flag b.',
    );
    const pruned = computePlan(file({}), r, { prune: true });
    expect(brief(pruned.changes)).toEqual(['delete flag b archived', 'delete flag a archived']);
  });

  it('archives after configurations, unarchives before; fewer variations after configurations', () => {
    const r = remote({
      flags: {
        gone: remoteFlag('gone'),
        back: remoteFlag('back', { archived: true }),
        s: remoteFlag('s', {
          kind: 'string',
          variations: [
            { name: 'a', value: 'a' },
            { name: 'b', value: 'b' },
            { name: 'c', value: 'c' },
          ],
        }),
      },
    });
    const plan = computePlan(
      file({
        flags: {
          gone: { name: 'gone', kind: 'boolean', archived: true },
          back: { name: 'back', kind: 'boolean', archived: false },
          s: {
            name: 's',
            kind: 'string',
            variations: [
              { name: 'a', value: 'a' },
              { name: 'b', value: 'b' },
            ],
            environments: { dev: { ...offConfig, offVariation: 0, fallthrough: { variation: 0 } } },
          },
        },
      }),
      r,
    );
    expect(brief(plan.changes)).toEqual([
      'update flag back archived',
      'update flagConfig s@dev offVariation,fallthrough',
      'update flag gone archived',
      'update flag s variations',
    ]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'a kind change',
      { flags: { f: { name: 'f', kind: 'string', variations: [{ name: 'a', value: 'a' }] } } },
      'flags.f.kind',
    ],
    [
      'an unknown environment',
      { flags: { f: { name: 'f', kind: 'boolean', environments: { nope: offConfig } } } },
      'flags.f.environments.nope',
    ],
    [
      'a prerequisite that will not exist',
      {
        flags: {
          f: {
            name: 'f',
            kind: 'boolean',
            environments: { dev: { ...offConfig, prerequisites: [{ flag: 'ghost', variation: 0 }] } },
          },
        },
      },
      'flags.f.environments.dev.prerequisites[0].flag',
    ],
  ])('refuses %s', (_name, doc, path) => {
    const r = remote({ flags: { f: remoteFlag('f') } });
    expect(() => computePlan(file(doc), r)).toThrow(FlagsFileError);
    try {
      computePlan(file(doc), r);
    } catch (e) {
      expect((e as FlagsFileError).issues.map((i) => i.path)).toContain(path);
    }
  });
});

describe('export', () => {
  it('writes every field, sorted, and reads back to no changes', async () => {
    const r = remote({
      flags: { z: remoteFlag('z', { owner: 'me' }, { dev: { on: true } }), a: remoteFlag('a') },
      segments: {
        s: {
          key: 's',
          name: 'S',
          description: 'd',
          rules: [],
          includedCount: 2,
          excludedCount: 0,
          version: 1,
          createdAt: at,
          updatedAt: at,
          included: ['y', 'x'],
          excluded: [],
        },
      },
    });
    const text = await stringifyFlagsFile(toFlagsFile(r));
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://ff.dev/schemas/flags.schema.json',
    );
    expect(text.indexOf('\n  a:')).toBeLessThan(text.indexOf('\n  z:'));
    expect(text).not.toContain('version: 1\n    '); // no resource versions in the file
    const parsed = await parseFlagsFile(text);
    expect(parsed.segments.s!.included).toEqual(['x', 'y']);
    expect(computePlan(parsed, r).changes).toEqual([]);
    expect(renderPlan(computePlan(parsed, r), 'flags.yaml')).toBe(
      'No changes. Project demo matches flags.yaml.',
    );
    expect(Object.keys(toFlagsFile(r, []).environments)).toEqual([]);
  });

  it('reads the same under YAML 1.1 (PyYAML) as under 1.2: on, off, yes, no, y and n are quoted', async () => {
    const words = ['on', 'off', 'yes', 'no', 'y', 'n', 'On', 'NO'];
    const r = remote({
      flags: {
        f: remoteFlag(
          'f',
          { kind: 'string', variations: words.map((w) => ({ name: w, value: w })), tags: words },
          { dev: { on: true, offVariation: 1, fallthrough: { variation: 0 } } },
        ),
      },
    });
    const text = await stringifyFlagsFile(toFlagsFile(r));
    const asOld = parse(text, { version: '1.1' }) as unknown;
    expect(asOld).toEqual(parse(text, { version: '1.2' }));
    expect(JSON.stringify(asOld)).toContain('"on":true');
    expect((asOld as { flags: { f: { tags: string[] } } }).flags.f.tags).toEqual(words);
  });
});
