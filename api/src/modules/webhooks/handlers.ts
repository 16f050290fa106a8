import type { AppDeps } from '../../app.ts';
import type { Handlers } from '../../http/operation-router.ts';
import { respond } from '../../http/operation-router.ts';
import { createWebhookService } from './service.ts';

type WebhookOps =
  | 'listWebhooks'
  | 'createWebhook'
  | 'getWebhook'
  | 'updateWebhook'
  | 'deleteWebhook'
  | 'testWebhook'
  | 'listWebhookDeliveries'
  | 'redeliverWebhookDelivery';

export function webhookHandlers(deps: AppDeps): Pick<Handlers, WebhookOps> {
  const hooks = createWebhookService(deps.db, deps.webhookTargets);
  return {
    async listWebhooks({ ctx, scope }) {
      respond(ctx, 200, { items: await hooks.list(scope.project) });
    },
    async createWebhook({ ctx, scope, actor, body }) {
      const created = await hooks.create(actor, scope.project, body);
      respond(ctx, 201, created, {
        etag: created.version,
        location: `/api/v1/projects/${scope.project.key}/webhooks/${created.key}`,
      });
    },
    async getWebhook({ ctx, scope, params }) {
      const w = await hooks.get(scope.project, params.webhook);
      respond(ctx, 200, w, { etag: w.version });
    },
    async updateWebhook({ ctx, scope, params, actor, ifMatch, body }) {
      const w = await hooks.update(actor, scope.project, params.webhook, ifMatch, body);
      respond(ctx, 200, w, { etag: w.version });
    },
    async deleteWebhook({ ctx, scope, params, actor, ifMatch }) {
      await hooks.remove(actor, scope.project, params.webhook, ifMatch);
      respond(ctx, 204, null);
    },
    async testWebhook({ ctx, scope, params, actor }) {
      respond(ctx, 200, await hooks.test(actor, scope.project, params.webhook));
    },
    async listWebhookDeliveries({ ctx, scope, params, query }) {
      respond(ctx, 200, { items: await hooks.deliveries(scope.project, params.webhook, query) });
    },
    async redeliverWebhookDelivery({ ctx, scope, params, actor }) {
      respond(ctx, 202, await hooks.redeliver(actor, scope.project, params.webhook, params.delivery));
    },
  };
}
