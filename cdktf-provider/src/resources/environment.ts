// ff_environment: an environment of a project.
import { ApiError } from '@ff/client';
import type { Environment } from '@ff/client';
import type { ProviderContext, ResourceType, Stored } from '../plugin/resource.ts';
import type { BlockSchema } from '../plugin/schema.ts';
import { error } from '../plugin/diagnostics.ts';
import { Unknown } from '../plugin/dynamic.ts';
import type { ObjectValue } from '../plugin/dynamic.ts';
import {
  bool,
  idAttr,
  ifMatch,
  importParts,
  keyPattern,
  optStr,
  orGone,
  projectAttr,
  str,
  versionOf,
} from './common.ts';

export const environmentSchema: BlockSchema = {
  description:
    'An environment of a project (development, staging, production, …). Creating one gives every flag of the project an off configuration there. Import with `<project>/<env>`.',
  attributes: {
    id: idAttr('<project>/<env>'),
    project: projectAttr('the environment'),
    key: {
      type: 'string',
      required: true,
      forceNew: true,
      description: `Environment key (${keyPattern}). Changing it re-creates the environment.`,
    },
    name: { type: 'string', required: true, description: 'Display name.' },
    color: {
      type: 'string',
      optional: true,
      computed: true,
      description: 'Display color, `#rrggbb`. Left out, the server picks one and Terraform keeps it.',
    },
    protected: {
      type: 'bool',
      optional: true,
      default: false,
      description:
        'Production-like: only project admins may change flag configurations here. Defaults to `false`.',
    },
  },
};

function toState(project: string, e: Environment, version: number | undefined): Stored {
  return {
    state: {
      id: `${project}/${e.key}`,
      project,
      key: e.key,
      name: e.name,
      color: e.color,
      protected: e.protected,
    },
    private: { version: version ?? e.version },
  };
}

// An environment's version is also its SDK ruleset version: every flag or segment change in the project
// bumps it, including the ones Terraform makes in the same run, in parallel. So a write sends the version
// read just before it, and a 412 is retried only while the environment's own fields are still what
// Terraform last saw (a change of those by someone else stays a 412).
async function withCurrentVersion<T>(
  ctx: ProviderContext,
  prior: ObjectValue,
  write: (version: number) => Promise<T>,
): Promise<T | null> {
  const project = str(prior, 'project');
  const key = str(prior, 'key');
  for (let attempt = 0; ; attempt++) {
    const current = await get(ctx, project, key);
    if (!current) return null;
    const own = ['name', 'color', 'protected'];
    if (attempt > 0 && own.some((f) => current.state[f] !== prior[f]))
      throw new Error(`environment "${project}/${key}" was changed outside Terraform meanwhile; plan again`);
    try {
      return await write(current.private.version!);
    } catch (thrown) {
      if (!(thrown instanceof ApiError && thrown.status === 412) || attempt >= 4) throw thrown;
    }
  }
}

async function get(ctx: ProviderContext, project: string, key: string): Promise<Stored | null> {
  return orGone(async () => {
    const res = await ctx.api.getEnvironment({ path: { project, env: key } });
    return toState(project, res.data, versionOf(res.headers));
  });
}

export const environmentResource: ResourceType = {
  schema: environmentSchema,
  validate(config) {
    const color = config.color;
    if (typeof color === 'string' && !/^#[0-9a-fA-F]{6}$/.test(color))
      return [error('Invalid color', `"${color}" is not #rrggbb.`, ['color'])];
    return [];
  },
  async create(ctx, planned) {
    const project = str(planned, 'project');
    const color = optStr(planned, 'color');
    const res = await ctx.api.createEnvironment({
      path: { project },
      body: {
        key: str(planned, 'key'),
        name: str(planned, 'name'),
        protected: bool(planned, 'protected'),
        ...(color ? { color } : {}),
      },
    });
    return toState(project, res.data, versionOf(res.headers));
  },
  read: (ctx, state) => get(ctx, str(state, 'project'), str(state, 'key')),
  async update(ctx, prior, planned) {
    const project = str(prior, 'project');
    const color = planned.color === Unknown ? undefined : optStr(planned, 'color');
    const body = {
      name: str(planned, 'name'),
      protected: bool(planned, 'protected'),
      ...(color ? { color } : {}),
    };
    const res = await withCurrentVersion(ctx, prior, (version) =>
      ctx.api.updateEnvironment({ path: { project, env: str(prior, 'key') }, body, ...ifMatch(version) }),
    );
    if (!res) throw new Error(`environment "${project}/${str(prior, 'key')}" no longer exists`);
    return toState(project, res.data, versionOf(res.headers));
  },
  async delete(ctx, prior) {
    const path = { project: str(prior, 'project'), env: str(prior, 'key') };
    await orGone(() =>
      withCurrentVersion(ctx, prior, (version) => ctx.api.deleteEnvironment({ path, ...ifMatch(version) })),
    );
  },
  async import(ctx, id) {
    const [project, key] = importParts(id, 'project/env');
    const found = await get(ctx, project!, key!);
    if (!found) throw new Error(`environment "${id}" does not exist`);
    return found;
  },
};
