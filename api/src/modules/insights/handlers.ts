import type { AppDeps } from '../../app.ts';
import type { Handlers } from '../../http/operation-router.ts';
import { respond } from '../../http/operation-router.ts';
import { createInsightsService } from './service.ts';
import { readSettings, updateSettings } from './settings.ts';

type InsightsOperations =
  | 'getInsightsSummary'
  | 'listStaleFlags'
  | 'getInsightsSettings'
  | 'updateInsightsSettings'
  | 'getSdkKeyUsage'
  | 'getApiTokenUsage'
  | 'getFlagUsage';

export function insightsHandlers(deps: AppDeps): Pick<Handlers, InsightsOperations> {
  const service = createInsightsService(deps.db);
  return {
    async getInsightsSummary({ ctx, scope, query }) {
      respond(ctx, 200, await service.summary(scope.project, new Date(), query.top ?? 10, query.days ?? 14));
    },
    async listStaleFlags({ ctx, scope }) {
      respond(ctx, 200, await service.stale(scope.project, new Date()));
    },
    async getInsightsSettings({ ctx, scope }) {
      const settings = await readSettings(deps.db, scope.project.id);
      respond(ctx, 200, settings, { etag: settings.version });
    },
    async updateInsightsSettings({ ctx, scope, body, actor, ifMatch }) {
      const settings = await updateSettings(deps.db, actor, scope.project, ifMatch, body);
      respond(ctx, 200, settings, { etag: settings.version });
    },
    async getSdkKeyUsage({ ctx, scope }) {
      respond(ctx, 200, await service.sdkKeyUsage(scope.project, new Date()));
    },
    async getApiTokenUsage({ ctx, principal }) {
      respond(ctx, 200, await service.apiTokenUsage(principal.organizationId, new Date()));
    },
    async getFlagUsage({ ctx, scope, query }) {
      respond(ctx, 200, await service.flagUsage(scope.project, scope.flag, query, new Date()));
    },
  };
}
