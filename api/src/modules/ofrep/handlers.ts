// OFREP routes: one flag, every flag (with an ETag per environment version and context), and the
// provider configuration. Errors the router raises become OFREP shapes in errors.ts.
import type { AppDeps } from '../../app.ts';
import type { Handlers } from '../../http/operation-router.ts';
import { respond } from '../../http/operation-router.ts';
import { contextEtag, matchesIfNoneMatch } from '../sdk/client-values.ts';
import { assertContextDepth } from '../sdk/context-depth.ts';
import { rulesetCache } from '../sdk/ruleset.ts';
import { evaluateBulk, evaluateOne } from './evaluate.ts';

const configuration = {
  name: 'ff',
  capabilities: {
    cacheInvalidation: { polling: { enabled: true, minPollingIntervalMs: 1000 } },
    flagEvaluation: { supportedTypes: ['boolean', 'string', 'integer', 'float', 'object'] },
  },
};

export function ofrepHandlers(
  deps: AppDeps,
): Pick<Handlers, 'ofrepEvaluateFlag' | 'ofrepEvaluateAll' | 'ofrepConfiguration'> {
  const rulesets = rulesetCache(deps.db);
  return {
    async ofrepEvaluateFlag({ ctx, sdk, params, body }) {
      assertContextDepth(body?.context);
      const entry = await rulesets.getRuleset(sdk.environmentId);
      const result = evaluateOne(entry, sdk.kind, params.key, body?.context);
      ctx.set('Cache-Control', 'no-store');
      if (result.ok) respond(ctx, 200, result.value);
      else respond(ctx, result.value.errorCode === 'FLAG_NOT_FOUND' ? 404 : 400, result.value);
    },

    async ofrepEvaluateAll({ ctx, sdk, body }) {
      assertContextDepth(body?.context);
      const entry = await rulesets.getRuleset(sdk.environmentId);
      // The values depend on the context and on what the key may see, not only on the version.
      const etag = contextEtag(entry.version, sdk.kind, body?.context);
      ctx.set('ETag', etag);
      ctx.set('Cache-Control', 'no-cache');
      if (matchesIfNoneMatch(ctx.get('If-None-Match'), etag)) {
        ctx.status = 304;
        return;
      }
      respond(ctx, 200, { flags: evaluateBulk(entry, sdk.kind, body?.context) });
    },

    ofrepConfiguration({ ctx }) {
      respond(ctx, 200, configuration);
    },
  };
}
