// The approvals journey from the terminal: a developer's change to production with approvals on creates
// a change request (the write command says so), an admin approves it with ff changes approve, an SDK
// client sees the change, and the audit log shows both people.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../api/test/api-fixture.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { createClient } from '../../sdk-node/src/client.ts';
import type { Client } from '../../sdk-node/src/client.ts';
import { ff, tempConfigDir } from './harness.ts';

let fx: ApiFixture;
let client: Client | undefined;
const as = (who: 'developer' | 'admin') => ({
  FF_CONFIG_DIR: tempConfigDir(),
  FF_API_URL: fx.url,
  FF_TOKEN: fx.tokens[who],
  FF_PROJECT: 'demo',
});

beforeAll(async () => {
  fx = await startApiFixture({ app: { backgroundWorkers: [] } });
}, 120_000);
afterAll(async () => {
  await client?.close();
  await fx?.close();
});

describe('ff changes', () => {
  it('developer proposes through a write command, admin approves from the CLI, the SDK sees it', async () => {
    await fx.call('owner', 'POST', '/api/v1/projects/demo/flags', {
      body: { key: 'guarded', name: 'guarded', kind: 'boolean' },
    });
    await fx.call('owner', 'PUT', '/api/v1/projects/demo/environments/production/approval-settings', {
      body: { requiresApproval: true, requiresComment: true },
    });
    const key = await fx.call('owner', 'POST', '/api/v1/projects/demo/environments/production/sdk-keys', {
      body: { kind: 'server', name: 'approvals observer' },
    });
    client = createClient({ sdkKey: key.body.key, baseUrl: fx.url, flushInterval: 60_000 });
    expect((await client.ready()).ok).toBe(true);
    expect(client.isEnabled('guarded', { key: 'u1' }, false)).toBe(false);

    const noComment = await ff(['flags', 'on', 'guarded', '-e', 'production', '--yes'], as('developer'));
    expect(noComment.code).not.toBe(0);
    expect(noComment.stderr.trim().split('\n')).toHaveLength(1);
    expect(noComment.stderr).toMatch(/requires a comment/);

    const proposed = await ff(
      ['flags', 'on', 'guarded', '-e', 'production', '--yes', '-m', 'launch'],
      as('developer'),
    );
    expect(proposed.code, proposed.stderr).toBe(0);
    expect(proposed.stdout).toMatch(
      /production requires approval, so this created change request (\S+) \(nothing changed yet\)/,
    );
    const id = /created change request (\S+)/.exec(proposed.stdout)![1]!;

    const list = await ff(['changes', 'list', '--json'], as('admin'));
    expect(list.json.map((r: { id: string }) => r.id)).toEqual([id]);
    const show = await ff(['changes', 'show', id], as('admin'));
    expect(show.stdout).toContain('by dev@demo.local');
    expect(show.stdout).toMatch(/off → on/);

    const mine = await ff(['changes', 'approve', id], as('developer'));
    expect(mine.code).not.toBe(0);

    const seen = new Promise<void>((resolve) =>
      client!.on('change', () => client!.isEnabled('guarded', { key: 'u1' }, false) && resolve()),
    );
    const approved = await ff(['changes', 'approve', id, '-m', 'ok'], as('admin'));
    expect(approved.code, approved.stderr).toBe(0);
    expect(approved.stdout).toContain(`change request ${id}: guarded in production, applied`);
    await seen;
    expect(client.isEnabled('guarded', { key: 'u1' }, false)).toBe(true);

    const audit = await fx
      .db('audit_log')
      .whereIn('action', ['change_request.create', 'flag_config.change'])
      .where('resource_key', 'like', '%')
      .orderBy('id');
    const relevant = audit.filter(
      (e) =>
        e.resource_key.endsWith(id) ||
        e.resource_key === 'projects/demo/flags/guarded/environments/production',
    );
    expect(relevant.map((e) => e.actor_email)).toEqual(['dev@demo.local', 'admin@demo.local']);

    const rejectNoReason = await ff(['changes', 'reject', id], as('admin'));
    expect(rejectNoReason.code).toBe(2);
  });
});
