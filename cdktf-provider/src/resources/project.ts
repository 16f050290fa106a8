// ff_project: a project (its environments are ff_environment resources).
import type { Project } from '@ff/client';
import type { ObjectValue } from '../plugin/dynamic.ts';
import type { ProviderContext, ResourceType, Stored } from '../plugin/resource.ts';
import type { BlockSchema } from '../plugin/schema.ts';
import { idAttr, ifMatch, importParts, keyPattern, orGone, str, versionOf } from './common.ts';

export const projectSchema: BlockSchema = {
  description:
    'A project: the unit that holds environments, flags and segments. Import with the project key: `terraform import ff_project.x checkout`. Deleting it deletes everything in it.',
  attributes: {
    id: idAttr('<project>'),
    key: {
      type: 'string',
      required: true,
      forceNew: true,
      description: `Project key (${keyPattern}). Changing it re-creates the project.`,
    },
    name: { type: 'string', required: true, description: 'Display name.' },
    description: { type: 'string', optional: true, default: '', description: 'Free text. Defaults to `""`.' },
    event_retention_days: {
      type: 'number',
      optional: true,
      description:
        "Days raw SDK events (tracked events, exposures) are kept (1–3650), except what a running or paused experiment still reads. Left out, the server's default (`FF_EVENT_RETENTION_DAYS`).",
    },
  },
};

const retention = (o: ObjectValue): number | null =>
  typeof o.event_retention_days === 'number' ? o.event_retention_days : null;

function toState(p: Project, version: number | undefined): Stored {
  return {
    state: {
      id: p.key,
      key: p.key,
      name: p.name,
      description: p.description,
      event_retention_days: p.eventRetentionDays,
    },
    private: { version: version ?? p.version },
  };
}

async function get(ctx: ProviderContext, key: string): Promise<Stored | null> {
  return orGone(async () => {
    const res = await ctx.api.getProject({ path: { project: key } });
    return toState(res.data, versionOf(res.headers));
  });
}

export const projectResource: ResourceType = {
  schema: projectSchema,
  async create(ctx, planned) {
    const res = await ctx.api.createProject({
      body: {
        key: str(planned, 'key'),
        name: str(planned, 'name'),
        description: str(planned, 'description'),
        eventRetentionDays: retention(planned),
      },
    });
    return toState(res.data, versionOf(res.headers));
  },
  read: (ctx, state) => get(ctx, str(state, 'key')),
  async update(ctx, prior, planned, priv) {
    const res = await ctx.api.updateProject({
      path: { project: str(prior, 'key') },
      body: {
        name: str(planned, 'name'),
        description: str(planned, 'description'),
        eventRetentionDays: retention(planned),
      },
      ...ifMatch(priv.version),
    });
    return toState(res.data, versionOf(res.headers));
  },
  async delete(ctx, prior, priv) {
    await orGone(() =>
      ctx.api.deleteProject({ path: { project: str(prior, 'key') }, ...ifMatch(priv.version) }),
    );
  },
  async import(ctx, id) {
    const [key] = importParts(id, 'project');
    const found = await get(ctx, key!);
    if (!found) throw new Error(`project "${key}" does not exist`);
    return found;
  },
};

export function projectData(p: Project): ObjectValue {
  return {
    key: p.key,
    name: p.name,
    description: p.description,
    event_retention_days: p.eventRetentionDays,
    environments: p.environments.map((e) => e.key),
  };
}
