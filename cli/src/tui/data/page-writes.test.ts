// The Settings and Segments writes run against a stand-in client (no server): a CSV import drives the
// progress overlay to 100% and ends with the server's counts; a new key's secret opens once and the keys
// are re-read; a stale segment version (412) becomes the conflict overlay, nothing else changes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FfClient, Segment } from '@ff/client';
import { describe, expect, it } from 'vitest';
import { segment, snapshot, stateWith } from '../test/fixtures.ts';
import { reduce } from '../state/reducer.ts';
import type { Action, AppState } from '../state/reducer.ts';
import { runEffect } from './effects.ts';
import type { EffectDeps } from './effects.ts';

function harness(api: Partial<Record<keyof FfClient, unknown>>) {
  let state: AppState = stateWith(snapshot(), { type: 'page', page: 'segments' });
  const seen: Action[] = [];
  const deps: EffectDeps = {
    api: api as unknown as FfClient,
    apiUrl: 'http://ff.test',
    project: 'demo',
    dispatch: (a) => {
      seen.push(a);
      state = reduce(state, a);
    },
    getState: () => state,
    quit: () => undefined,
  };
  return { deps, seen, state: () => state };
}

describe('page writes', () => {
  it('imports a CSV: the progress overlay follows the upload in bytes and lines and ends at 100% with the result', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ff-dash-')), 'u.csv');
    const csv = 'key\nu1\nu2\nu3\n';
    writeFileSync(file, csv);
    const after: Segment = { ...segment('beta-testers'), includedCount: 6, version: 2 };
    const { deps, seen, state } = harness({
      importSegmentMembers: async (opts: {
        query: unknown;
        body: string;
        onUploadProgress: (e: { loaded: number }) => void;
      }) => {
        expect(opts.query).toEqual({ list: 'included', mode: 'merge' });
        expect(opts.body).toBe(csv);
        opts.onUploadProgress({ loaded: 7 });
        opts.onUploadProgress({ loaded: 10 });
        return { data: { list: 'included', mode: 'merge', lines: 4, added: 3, removed: 0, segment: after } };
      },
    });
    await runEffect(deps, {
      kind: 'write',
      write: {
        kind: 'segmentEdit',
        op: 'import',
        segment: 'beta-testers',
        file,
        list: 'included',
        mode: 'merge',
      },
    });
    const progress = seen.flatMap((a) =>
      a.type === 'overlay' && a.overlay?.kind === 'importProgress' ? [a.overlay] : [],
    );
    expect(progress.map((p) => [p.bytes, p.lines, p.totalBytes, p.totalLines])).toEqual([
      [7, 2, 13, 4],
      [10, 3, 13, 4],
      [13, 4, 13, 4],
      [13, 4, 13, 4],
    ]);
    expect(state().overlay).toMatchObject({
      kind: 'importProgress',
      bytes: 13,
      done: 'beta-testers: 4 lines, 3 added, 0 removed (merge into included)',
    });
    expect(state().data!.segments[0]!.includedCount).toBe(6);
  });

  it('an unreadable file is one status line, and nothing is sent', async () => {
    const { deps, state } = harness({});
    await runEffect(deps, {
      kind: 'write',
      write: {
        kind: 'segmentEdit',
        op: 'import',
        segment: 'beta-testers',
        file: '/nonexistent/x.csv',
        list: 'included',
        mode: 'merge',
      },
    });
    expect(state().status).toEqual({
      text: 'import: cannot read /nonexistent/x.csv (ENOENT)',
      tone: 'error',
    });
    expect(state().overlay).toBeUndefined();
  });

  it('sends rules with If-Match from the version on screen; a 412 opens the conflict overlay', async () => {
    const sent: unknown[] = [];
    const { deps, state } = harness({
      updateSegment: async (opts: unknown) => {
        sent.push(opts);
        throw Object.assign(new Error('Precondition Failed'), { status: 412 });
      },
    });
    await runEffect(deps, {
      kind: 'write',
      write: {
        kind: 'segmentEdit',
        op: 'rules',
        segment: 'beta-testers',
        version: 3,
        rules: [],
        summary: 'remove x',
      },
    });
    expect(sent).toEqual([
      {
        path: { project: 'demo', segment: 'beta-testers' },
        headers: { 'If-Match': '"3"' },
        body: { rules: [] },
      },
    ]);
    expect(state().overlay).toMatchObject({ kind: 'conflict' });
  });

  it('rotates a key with the overlap typed: the new secret opens once and says when the old one stops', async () => {
    const created = {
      id: 'k10',
      kind: 'client',
      name: 'web',
      prefix: 'ff_cli_wxyz',
      environment: 'production',
      createdAt: '2026-12-01T10:00:00.000Z',
      expiresAt: null,
      revokedAt: null,
    };
    const { deps, state } = harness({
      rotateSdkKey: async (opts: unknown) => {
        expect(opts).toEqual({
          path: { project: 'demo', env: 'production', keyId: 'k1' },
          body: { overlapSeconds: 5400 },
        });
        return { data: { ...created, key: 'ff_cli_wxyzNEW' } };
      },
      listSdkKeys: async () => ({ data: { items: [created] } }),
    });
    await runEffect(deps, {
      kind: 'write',
      write: {
        kind: 'settings',
        op: 'rotateKey',
        env: 'production',
        key: { id: 'k1', kind: 'client', name: 'web', prefix: 'ff_cli_abcd' },
        overlap: 5400,
      },
    });
    expect(state().overlay).toMatchObject({
      kind: 'secret',
      lines: [
        'new client key "web" for production (id k10); the old one stops working in 1h 30m',
        '',
        'ff_cli_wxyzNEW',
      ],
    });
  });

  it('creates a key: its secret opens once with the copy hint, and the keys are read again', async () => {
    const created = {
      id: 'k9',
      kind: 'server',
      name: 'ci',
      prefix: 'ff_srv_abcd',
      environment: 'staging',
      createdAt: '2026-12-01T10:00:00.000Z',
      expiresAt: null,
      revokedAt: null,
    };
    const { deps, state } = harness({
      createSdkKey: async (opts: unknown) => {
        expect(opts).toEqual({
          path: { project: 'demo', env: 'staging' },
          body: { kind: 'server', name: 'ci' },
        });
        return { data: { ...created, key: 'ff_srv_abcdSECRET' } };
      },
      listSdkKeys: async () => ({ data: { items: [created] } }),
    });
    await runEffect(deps, {
      kind: 'write',
      write: { kind: 'settings', op: 'createKey', env: 'staging', keyKind: 'server', name: 'ci' },
    });
    expect(state().overlay).toEqual({
      kind: 'secret',
      title: 'New SDK key: copy it now: it is not shown again',
      lines: ['server key "ci" for staging (id k9)', '', 'ff_srv_abcdSECRET'],
      secret: 'ff_srv_abcdSECRET',
    });
    expect(state().data!.sdkKeys!.staging).toEqual([created]);
    expect(state().status).toBeUndefined();
  });
});
