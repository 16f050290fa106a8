// Data sources: read-only views of a project, an environment, a flag, a segment, an experiment and a metric,
// that reference what another team manages.
import type { ObjectValue } from './plugin/dynamic.ts';
import type { DataSourceType } from './plugin/resource.ts';
import type { Attribute, Attributes, BlockSchema } from './plugin/schema.ts';
import { str } from './resources/common.ts';
import { environmentSchema } from './resources/environment.ts';
import { experimentData, experimentSchema } from './resources/experiment.ts';
import { flagData, flagSchema } from './resources/flag.ts';
import { metricData, metricSchema } from './resources/metric.ts';
import { projectData } from './resources/project.ts';
import { segmentData, segmentSchema } from './resources/segment.ts';

/** The resource's attributes, all computed except the ones that name the object. */
function readOnly(attributes: Attributes, lookup: string[], extra: Attributes = {}): Attributes {
  const out: Record<string, Attribute> = {};
  for (const [name, a] of Object.entries({ ...attributes, ...extra })) {
    const { default: _default, forceNew: _forceNew, stable: _stable, ...rest } = a;
    out[name] = lookup.includes(name)
      ? { ...rest, required: true, optional: false, computed: false }
      : { ...rest, required: false, optional: false, computed: true };
  }
  return out;
}

function schema(description: string, attributes: Attributes): BlockSchema {
  return { description, attributes };
}

export const dataSources: Record<string, DataSourceType> = {
  ff_project: {
    schema: schema('Reads a project and the keys of its environments.', {
      key: { type: 'string', required: true, description: 'Project key.' },
      name: { type: 'string', computed: true, description: 'Display name.' },
      description: { type: 'string', computed: true, description: 'Free text.' },
      event_retention_days: {
        type: 'number',
        computed: true,
        description: "Days raw SDK events are kept; null: the server's default.",
      },
      environments: {
        type: ['list', 'string'],
        computed: true,
        description: 'Environment keys, in display order.',
      },
    }),
    async read(ctx, config) {
      const res = await ctx.api.getProject({ path: { project: str(config, 'key') } });
      return projectData(res.data);
    },
  },
  ff_environment: {
    schema: schema('Reads an environment.', readOnly(environmentSchema.attributes, ['project', 'key'])),
    async read(ctx, config) {
      const project = str(config, 'project');
      const res = await ctx.api.getEnvironment({ path: { project, env: str(config, 'key') } });
      const e = res.data;
      return {
        id: `${project}/${e.key}`,
        project,
        key: e.key,
        name: e.name,
        color: e.color,
        protected: e.protected,
      };
    },
  },
  ff_flag: {
    schema: schema(
      'Reads a flag definition (variations, tags, …).',
      readOnly(flagSchema.attributes, ['project', 'key']),
    ),
    async read(ctx, config) {
      const project = str(config, 'project');
      const res = await ctx.api.getFlag({ path: { project, flag: str(config, 'key') } });
      return flagData(project, res.data);
    },
  },
  ff_segment: {
    schema: schema(
      'Reads a segment with its rules and key lists.',
      readOnly(segmentSchema.attributes, ['project', 'key']),
    ),
    async read(ctx, config): Promise<ObjectValue> {
      const project = str(config, 'project');
      const res = await ctx.api.getSegment({ path: { project, segment: str(config, 'key') } });
      return segmentData(ctx.api, project, res.data);
    },
  },
  ff_experiment: {
    schema: schema(
      'Reads an experiment: its variants, metrics, status and decision.',
      readOnly(experimentSchema.attributes, ['project', 'key']),
    ),
    async read(ctx, config) {
      const project = str(config, 'project');
      const res = await ctx.api.getExperiment({ path: { project, experiment: str(config, 'key') } });
      return experimentData(project, res.data);
    },
  },
  ff_metric: {
    schema: schema('Reads a metric definition.', readOnly(metricSchema.attributes, ['project', 'key'])),
    read: (ctx, config) => metricData(ctx.api, str(config, 'project'), str(config, 'key')),
  },
};
