// ff projects update|get against a real API: the raw-event retention set and shown, back to the server's
// default, and the refusals as one line with their exit codes (bad input never reaches the API; the
// API's range and role checks come back as its problem).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../api/test/api-fixture.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { ff, tempConfigDir } from './harness.ts';

let fx: ApiFixture;
let env: Record<string, string>;
beforeAll(async () => {
  fx = await startApiFixture();
  env = {
    FF_CONFIG_DIR: tempConfigDir(),
    FF_API_URL: fx.url,
    FF_TOKEN: fx.tokens.projectAdmin,
    FF_PROJECT: 'demo',
  };
}, 120_000);
afterAll(async () => {
  await fx?.close();
});

const oneLine = (stderr: string) => expect(stderr.trim().split('\n')).toHaveLength(1);
const stored = async () =>
  (
    await fx
      .db('projects')
      .where({ organization_id: fx.organizationId, key: 'demo' })
      .first('event_retention_days')
  ).event_retention_days as number | null;

describe('ff projects update', () => {
  it('sets the raw-event retention, shows it, and goes back to the default', async () => {
    const set = await ff(['projects', 'update', '--event-retention-days', '30'], env);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toMatch(/updated project demo \(version \d+\): raw events kept 30 days/);
    expect(await stored()).toBe(30);
    const shown = await ff(['projects', 'get'], env);
    expect(shown.stdout).toMatch(/raw events kept:\s+30 days/);
    expect((await ff(['projects', 'get', '--json'], env)).json).toMatchObject({ eventRetentionDays: 30 });
    const audit = await fx.db('audit_log').where({ action: 'project.update', resource_key: 'projects/demo' });
    expect(audit.at(-1)).toMatchObject({ after: expect.objectContaining({ eventRetentionDays: 30 }) });

    const back = await ff(['projects', 'update', 'demo', '--event-retention-days', 'default', '--json'], env);
    expect(back.code, back.stderr).toBe(0);
    expect(back.json).toMatchObject({ key: 'demo', eventRetentionDays: null });
    expect(await stored()).toBeNull();
  });

  it('refuses bad input before the API, and reports the API refusals in one line', async () => {
    const word = await ff(['projects', 'update', '--event-retention-days', 'forever'], env);
    expect(word.code).toBe(2);
    oneLine(word.stderr);
    expect(word.stderr).toContain("--event-retention-days must be a number of days or 'default'");
    const nothing = await ff(['projects', 'update'], env);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('nothing to change');

    const zero = await ff(['projects', 'update', '--event-retention-days', '0'], env);
    expect(zero.code).not.toBe(0);
    expect(zero.stderr).toContain('eventRetentionDays');
    const developer = await ff(['projects', 'update', '--event-retention-days', '7'], {
      ...env,
      FF_TOKEN: fx.tokens.developer,
    });
    expect(developer.code).not.toBe(0);
    expect(developer.stderr.toLowerCase()).toMatch(/forbidden|permission|not allowed|403/);
    expect(await stored()).toBeNull();
  });
});
