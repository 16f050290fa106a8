import { describe, expect, it } from 'vitest';
import { sign, verify } from './signature.ts';
import { eventsOf, slackMessageOf, payloadOf } from './events.ts';

const secret = 'whsec_test-secret-0123456789';
const body = JSON.stringify({ id: '42', event: 'flag.killed' });

describe('webhook signatures', () => {
  it('verify with the documented scheme, and refuse an altered body, another secret or an old timestamp', () => {
    const header = sign(secret, 1_796_000_000, body);
    expect(header).toMatch(/^t=1796000000,v1=[0-9a-f]{64}$/);
    expect(verify(secret, header, body, 1_796_000_010)).toBe(true);
    expect(verify(secret, header, body.replace('42', '43'), 1_796_000_010)).toBe(false);
    expect(verify('whsec_another-secret-000000', header, body, 1_796_000_010)).toBe(false);
    expect(verify(secret, header, body, 1_796_000_000 + 301)).toBe(false);
    expect(verify(secret, 'v1=abc', body, 1_796_000_000)).toBe(false);
  });
});

describe('webhook events of an audit entry', () => {
  const person = { tokenId: 't1', tokenName: 'laptop' };
  const scheduler = { tokenId: null, tokenName: 'scheduler' };
  const config = (action: string, before: unknown, after: unknown) => ({
    action,
    resourceType: 'flag_config' as const,
    resource: 'projects/demo/flags/x/environments/production',
    before,
    after,
  });
  it.each([
    [
      'a kill switch',
      person,
      config('flag_config.change', { on: true }, { on: false }),
      ['flag.killed', 'flag.changed'],
    ],
    ['turning on', person, config('flag_config.change', { on: false }, { on: true }), ['flag.changed']],
    [
      'a scheduled step',
      scheduler,
      config('flag_config.change', { on: true }, { on: true }),
      ['schedule.executed', 'flag.changed'],
    ],
    [
      'a failed schedule',
      scheduler,
      { ...config('schedule.fail', null, null), resourceType: 'schedule' as const },
      ['schedule.failed'],
    ],
    [
      'an experiment launch',
      person,
      { ...config('experiment.launch', null, null), resourceType: 'experiment' as const },
      ['experiment.transition'],
    ],
    [
      'a member change',
      person,
      { ...config('member.update', null, null), resourceType: 'member' as const },
      [],
    ],
  ])('%s', (_name, actor, entry, events) => expect(eventsOf(actor, entry)).toEqual(events));

  it('formats a Slack message', () => {
    const p = payloadOf(
      '7',
      'flag.killed',
      ['flag.killed'],
      'demo',
      { email: 'ann@x.io', tokenName: 'cli' },
      {
        ...config('flag_config.change', { on: true }, { on: false }),
        comment: 'errors spiking',
      },
      new Date(0),
    );
    expect(slackMessageOf(p).text).toBe(
      ':rotating_light: Kill switch: `flag_config.change` on `projects/demo/flags/x/environments/production` by ann@x.io\n> errors spiking',
    );
  });
});
