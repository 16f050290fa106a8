// ff_approval_settings: whether configuration changes in one environment need an approved change
// request, and a comment. One per environment; destroying it turns both off. Import with
// `<project>/<environment>`.
import type { ObjectValue } from '../plugin/dynamic.ts';
import type { ProviderContext, ResourceType, Stored } from '../plugin/resource.ts';
import type { BlockSchema } from '../plugin/schema.ts';
import { idAttr, importParts, projectAttr, str } from './common.ts';

export const approvalSettingsSchema = {
  description:
    'Change control of one environment: `requires_approval` (changes by anyone but project admins become change requests that another approver applies) and `requires_comment`. Destroying it turns both off. Import with `<project>/<environment>`.',
  attributes: {
    id: idAttr('<project>/<environment>'),
    project: projectAttr('the environment'),
    environment: { type: 'string', required: true, forceNew: true, description: 'Environment key.' },
    requires_approval: { type: 'bool', optional: true, default: true, description: 'Defaults to `true`.' },
    requires_comment: { type: 'bool', optional: true, default: false, description: 'Defaults to `false`.' },
  },
} as const satisfies BlockSchema;

function toState(
  project: string,
  env: string,
  s: { requiresApproval: boolean; requiresComment: boolean },
): Stored {
  const state: ObjectValue = {
    id: `${project}/${env}`,
    project,
    environment: env,
    requires_approval: s.requiresApproval,
    requires_comment: s.requiresComment,
  };
  return { state, private: {} };
}

async function put(ctx: ProviderContext, o: ObjectValue): Promise<Stored> {
  const project = str(o, 'project');
  const env = str(o, 'environment');
  const res = await ctx.api.putApprovalSettings({
    path: { project, env },
    body: { requiresApproval: o.requires_approval !== false, requiresComment: o.requires_comment === true },
  });
  return toState(project, env, res.data);
}

async function get(ctx: ProviderContext, project: string, env: string): Promise<Stored> {
  const res = await ctx.api.getApprovalSettings({ path: { project, env } });
  return toState(project, env, res.data);
}

export const approvalSettingsResource: ResourceType = {
  schema: approvalSettingsSchema,
  validate: () => [],
  create: (ctx, planned) => put(ctx, planned),
  read: (ctx, state) => get(ctx, str(state, 'project'), str(state, 'environment')),
  update: (ctx, _prior, planned) => put(ctx, planned),
  async delete(ctx, state) {
    await ctx.api.putApprovalSettings({
      path: { project: str(state, 'project'), env: str(state, 'environment') },
      body: { requiresApproval: false, requiresComment: false },
    });
  },
  async import(ctx, id) {
    const [project, env] = importParts(id, 'project/environment');
    return get(ctx, project!, env!);
  },
};
