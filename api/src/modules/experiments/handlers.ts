// Experiment routes: management (/api/v1/projects/{project}/experiments…) and the SDK routes a server
// key calls (running experiments, assign, getVariant, exposures).
import type { AppDeps } from '../../app.ts';
import { NotFoundError } from '../../http/errors.ts';
import { respond } from '../../http/operation-router.ts';
import type { Handlers } from '../../http/operation-router.ts';
import { toContext } from '@ff/engine';
import { assertContextDepth } from '../sdk/context-depth.ts';
import { rulesetCache } from '../sdk/ruleset.ts';
import { assign, logExposure, variantOf } from './assignment.ts';
import { experimentResults, sampleSizeFor } from './results-service.ts';
import { createExperimentService } from './service.ts';
import * as store from './store.ts';
import { experimentUrl, splitOf } from './view.ts';

type Ops =
  | 'listExperiments'
  | 'createExperiment'
  | 'getExperiment'
  | 'updateExperiment'
  | 'transitionExperiment'
  | 'getExperimentResults'
  | 'getExperimentSampleSize'
  | 'getSdkExperiments'
  | 'assignExperiment'
  | 'getExperimentVariant'
  | 'logExperimentExposure';

export function experimentHandlers(deps: AppDeps): Pick<Handlers, Ops> {
  const experiments = createExperimentService(deps.db);
  const rulesets = rulesetCache(deps.db);

  async function sdkExperiment(environmentId: string, key: string) {
    const experiment = await store.findInEnvironment(deps.db, environmentId, key);
    if (!experiment) throw new NotFoundError(`No experiment "${key}" in this environment.`);
    return { experiment, entry: await rulesets.getRuleset(environmentId) };
  }

  return {
    async listExperiments({ ctx, scope, query }) {
      respond(ctx, 200, await experiments.list(scope.project, query));
    },
    async createExperiment({ ctx, scope, principal, actor, body }) {
      const experiment = await experiments.create(principal, actor, scope.project, body);
      respond(ctx, 201, experiment, {
        etag: experiment.version,
        location: experimentUrl(scope.project.key, experiment.key),
      });
    },
    async getExperiment({ ctx, scope, params }) {
      const experiment = await experiments.get(scope.project, params.experiment);
      respond(ctx, 200, experiment, { etag: experiment.version });
    },
    async updateExperiment({ ctx, scope, principal, actor, params, ifMatch, body }) {
      const { experiment, changed } = await experiments.update(
        principal,
        actor,
        scope.project,
        params.experiment,
        ifMatch,
        body,
      );
      respond(ctx, 200, experiment, { etag: experiment.version });
      ctx.set('FF-Changed', String(changed));
    },
    async transitionExperiment({ ctx, scope, principal, actor, params, ifMatch, body }) {
      const experiment = await experiments.transition(
        principal,
        actor,
        scope.project,
        params.experiment,
        ifMatch,
        body,
      );
      respond(ctx, 200, experiment, { etag: experiment.version });
    },
    async getExperimentResults({ ctx, scope, params, query }) {
      respond(
        ctx,
        200,
        await experimentResults(deps.db, scope.project, params.experiment, query.alpha ?? 0.05),
      );
    },
    async getExperimentSampleSize({ ctx, scope, params, query }) {
      respond(ctx, 200, await sampleSizeFor(deps.db, scope.project, params.experiment, query, new Date()));
    },

    async getSdkExperiments({ ctx, sdk }) {
      const running = await store.runningInEnvironment(deps.db, sdk.environmentId);
      ctx.set('Cache-Control', 'no-cache');
      respond(ctx, 200, {
        experiments: running.map((e) => ({
          key: e.key,
          flag: e.flag_key,
          salt: splitOf(e).salt,
          allocation: Number(e.allocation),
          variants: e.variants,
          population: e.population ?? null,
        })),
      });
    },
    async assignExperiment({ ctx, sdk, params, body }) {
      assertContextDepth(body.context);
      const { experiment, entry } = await sdkExperiment(sdk.environmentId, params.experiment);
      respond(ctx, 200, await assign(deps.db, entry, experiment, toContext(body.context), new Date()));
    },
    async getExperimentVariant({ ctx, sdk, params, body }) {
      assertContextDepth(body.context);
      const { experiment, entry } = await sdkExperiment(sdk.environmentId, params.experiment);
      respond(ctx, 200, await variantOf(deps.db, entry, experiment, toContext(body.context)));
    },
    async logExperimentExposure({ ctx, sdk, params, body }) {
      assertContextDepth(body.context);
      const { experiment, entry } = await sdkExperiment(sdk.environmentId, params.experiment);
      respond(ctx, 200, await logExposure(deps.db, entry, experiment, toContext(body.context), new Date()));
    },
  };
}
