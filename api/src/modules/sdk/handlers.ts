// The SDK routes a key calls (config, evaluate, events) and the management route that serves the same
// ruleset to a workstation. The stream (GET /sdk/v1/stream) is the stream module's.
import type { Context } from 'koa';
import type { AppDeps } from '../../app.ts';
import type { Handlers } from '../../http/operation-router.ts';
import { respond } from '../../http/operation-router.ts';
import { clientReportable, contextEtag, evaluateForClient, matchesIfNoneMatch } from './client-values.ts';
import { assertContextDepth } from './context-depth.ts';
import { eventSink } from './events.ts';
import { rulesetCache } from './ruleset.ts';
import type { RulesetEntry } from './ruleset.ts';

// Below this a gzip header costs more than it saves.
const gzipAboveBytes = 1024;

/** The ruleset with its ETag: 304 when If-None-Match names it, gzipped when the client accepts it. */
function sendRuleset(ctx: Context, entry: RulesetEntry): void {
  ctx.set('ETag', entry.etag);
  // SDKs (and caches between) must revalidate every time: the ETag makes that a cheap 304.
  ctx.set('Cache-Control', 'no-cache');
  ctx.set('Vary', 'Accept-Encoding');
  if (matchesIfNoneMatch(ctx.get('If-None-Match'), entry.etag)) {
    ctx.status = 304;
    return;
  }
  ctx.status = 200;
  ctx.type = 'application/json';
  if (entry.body.length > gzipAboveBytes && ctx.acceptsEncodings('gzip', 'identity') === 'gzip') {
    ctx.set('Content-Encoding', 'gzip');
    ctx.body = entry.gzipped();
  } else {
    ctx.body = entry.body;
  }
}

export function sdkHandlers(
  deps: AppDeps,
): Pick<Handlers, 'getSdkConfig' | 'evaluateForClient' | 'postSdkEvents' | 'getEnvironmentRuleset'> {
  const rulesets = rulesetCache(deps.db);
  const events = eventSink(deps.db, deps.logger, {
    dropped: (reason, items) => deps.metrics?.sdkEventsDropped(reason, items),
  });
  return {
    async getSdkConfig({ ctx, sdk }) {
      sendRuleset(ctx, await rulesets.getRuleset(sdk.environmentId));
    },

    async getEnvironmentRuleset({ ctx, scope }) {
      sendRuleset(ctx, await rulesets.getRuleset(scope.environment.id));
    },

    async evaluateForClient({ ctx, sdk, body }) {
      assertContextDepth(body.context);
      const entry = await rulesets.getRuleset(sdk.environmentId);
      ctx.set('Cache-Control', 'no-store');
      ctx.set('ETag', contextEtag(entry.version, 'client', body.context));
      respond(ctx, 200, evaluateForClient(entry, body.context));
    },

    async postSdkEvents({ ctx, sdk, body }) {
      const batch =
        sdk.kind === 'client' && body.exposures !== undefined && body.exposures.length > 0
          ? {
              ...body,
              exposures: clientReportable(await rulesets.getRuleset(sdk.environmentId), body.exposures),
            }
          : body;
      events.accept(sdk.environmentId, batch, ctx.request.length ?? 0);
      // Not null: Koa turns a null body into 204.
      ctx.status = 202;
      ctx.body = '';
    },
  };
}
