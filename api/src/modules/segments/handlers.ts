import type { Context } from 'koa';
import type { AppDeps } from '../../app.ts';
import { PayloadTooLargeError, ValidationError } from '../../http/errors.ts';
import { respond } from '../../http/operation-router.ts';
import { startStream } from '../../http/streamed-body.ts';
import type { Handlers } from '../../http/operation-router.ts';
import { importMaxBytes, importService } from './import.ts';
import { memberService } from './members.ts';
import { segmentService } from './service.ts';
import { segmentUrl } from './view.ts';

type SegmentOps =
  | 'listSegments'
  | 'createSegment'
  | 'getSegment'
  | 'updateSegment'
  | 'deleteSegment'
  | 'listSegmentMembers'
  | 'exportSegmentMembers'
  | 'changeSegmentMembers'
  | 'importSegmentMembers';

/**
 * The request body as a stream of chunks. Leaving the loop early (a bad line) must not destroy the
 * request, or the socket would go before the 422 is written: the rest of the upload is discarded instead,
 * and the connection closed after the response.
 */
function bodyStream(ctx: Context): AsyncIterable<Uint8Array> {
  const declared = Number(ctx.get('Content-Length') || NaN);
  if (declared > importMaxBytes) throw new PayloadTooLargeError(importMaxBytes);
  if (!((ctx.request.length ?? 0) > 0) && ctx.get('Transfer-Encoding') === '') {
    throw new ValidationError([{ path: 'body', message: 'a text/csv body is required' }]);
  }
  return ctx.req.iterator({ destroyOnReturn: false }) as AsyncIterable<Uint8Array>;
}

export function segmentHandlers(deps: AppDeps): Pick<Handlers, SegmentOps> {
  const segments = segmentService(deps.db);
  const members = memberService(deps.db);
  const imports = importService(deps.db);

  return {
    async listSegments({ ctx, scope, query }) {
      respond(ctx, 200, await segments.list(scope.project, query));
    },

    async createSegment({ ctx, scope, principal, actor, body }) {
      const segment = await segments.create(scope.project, principal, actor, body);
      respond(ctx, 201, segment, {
        etag: segment.version,
        location: segmentUrl(scope.project.key, segment.key),
      });
    },

    async getSegment({ ctx, scope }) {
      const segment = await segments.get(scope.segment);
      respond(ctx, 200, segment, { etag: segment.version });
    },

    async updateSegment({ ctx, scope, principal, actor, params, ifMatch, body }) {
      const { segment, changed } = await segments.update(
        scope.project,
        principal,
        actor,
        params.segment,
        ifMatch,
        body,
      );
      respond(ctx, 200, segment, { etag: segment.version });
      ctx.set('FF-Changed', String(changed));
    },

    async deleteSegment({ ctx, scope, principal, actor, params, ifMatch, query }) {
      await segments.remove(scope.project, principal, actor, params.segment, ifMatch, query.force ?? false);
      respond(ctx, 204, null);
    },

    async listSegmentMembers({ ctx, scope, query }) {
      respond(ctx, 200, await members.list(scope.segment, query));
    },

    async exportSegmentMembers({ ctx, scope, params, query }) {
      const list = query.list ?? 'included';
      const body = await startStream(members.exportLines(scope.segment, list));
      ctx.set('Content-Disposition', `attachment; filename="${params.segment}-${list}.ndjson"`);
      ctx.type = 'application/x-ndjson; charset=utf-8';
      ctx.body = body;
    },

    async changeSegmentMembers({ ctx, scope, principal, actor, params, ifMatch, body }) {
      const segment = await members.change(scope.project, principal, actor, params.segment, ifMatch, body);
      respond(ctx, 200, segment, { etag: segment.version });
    },

    async importSegmentMembers({ ctx, scope, principal, actor, params, query }) {
      try {
        const report = await imports.import(
          scope.project,
          principal,
          actor,
          params.segment,
          bodyStream(ctx),
          {
            list: query.list ?? 'included',
            mode: query.mode ?? 'merge',
          },
        );
        respond(ctx, 200, report);
      } catch (err) {
        if (!ctx.req.complete) {
          ctx.set('Connection', 'close');
          ctx.req.resume();
        }
        throw err;
      }
    },
  };
}
