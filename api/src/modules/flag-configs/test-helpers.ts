// Helpers shared by the flag configuration http tests, over one API fixture.
import { expect } from 'vitest';
import type { ApiFixture, Who } from '../../../test/api-fixture.ts';

export const flags = '/api/v1/projects/demo/flags';
export const at = (flag: string, env: string) => `${flags}/${flag}/environments/${env}`;
export const resource = (flag: string, env: string) => `projects/demo/flags/${flag}/environments/${env}`;
export const offConfig = { on: false, offVariation: 1, fallthrough: { variation: 0 } };

export function configHelpers(fx: () => ApiFixture) {
  return {
    async get(flag: string, env: string) {
      const res = await fx().call('viewer', 'GET', at(flag, env));
      expect(res.status).toBe(200);
      return res.body;
    },

    async envVersion(env: string): Promise<number> {
      const row = await fx()
        .db('environments as e')
        .join('projects as p', 'p.id', 'e.project_id')
        .where({ 'p.organization_id': fx().organizationId, 'p.key': 'demo', 'e.key': env })
        .first('e.version');
      return Number(row.version);
    },

    async audit(res: string) {
      return fx().db('audit_log').where({ resource_key: res }).orderBy('id');
    },

    change(
      flag: string,
      env: string,
      actions: unknown[],
      opts: { who?: Who; ifMatch?: number; comment?: string } = {},
    ) {
      const headers: Record<string, string> =
        opts.ifMatch === undefined ? {} : { 'if-match': `"${opts.ifMatch}"` };
      const body = opts.comment === undefined ? { actions } : { actions, comment: opts.comment };
      return fx().call(opts.who ?? 'owner', 'PATCH', at(flag, env), { headers, body });
    },

    replace(flag: string, env: string, body: unknown, ifMatch?: number, who: Who = 'owner') {
      const headers: Record<string, string> = ifMatch === undefined ? {} : { 'if-match': `"${ifMatch}"` };
      return fx().call(who, 'PUT', at(flag, env), { headers, body });
    },
  };
}
