// Mounts every operation of openapi.yaml, and only those, from the generated operation table. Each
// request goes through the same steps in the same order, so no route can skip one:
//   authenticate (401) → rate limit (429) → path params (404)
//   → project/environment in the caller's organization (404) → permission (403)
//   → query and headers (400, 428) → body (415, 422) → handler.
// SDK routes (`x-ff-permission: sdk:*`) authenticate an SDK key instead of an API token; the key names
// its environment, so they have no project/environment in the path.
import Router from '@koa/router';
import type { Context } from 'koa';
import { METHODS } from 'node:http';
import type { Db } from '../db/knex.ts';
import { operations } from '../generated/operations.ts';
import type { OperationId, OperationSpec } from '../generated/operations.ts';
import type { operations as SpecOperations } from '../generated/openapi.ts';
import { validators } from '../generated/validators.js';
import { authenticate, bearerToken } from '../modules/auth/authenticate.ts';
import type { RateLimitGuard } from '../modules/rate-limit/http.ts';
import {
  authorizeSdk,
  isSdkPermission,
  refuseServerKeyFromBrowser,
  refuseDisallowedOrigin,
  sdkKeyCache,
  sdkKeyOf,
} from '../modules/sdk/auth.ts';
import type { SdkCaller } from '../modules/sdk/auth.ts';
import { toIssues } from '../spec/issues.ts';
import { parseIfMatch } from './concurrency.ts';
import {
  InvalidQueryError,
  NotFoundError,
  NotImplementedError,
  PreconditionFailedError,
  PreconditionRequiredError,
  UnsupportedMediaTypeError,
  ValidationError,
} from './errors.ts';
import { authorize } from './permissions.ts';
import type { Actor, Principal } from './principal.ts';
import { actorOf } from './principal.ts';
import { sourceOf } from './request-source.ts';
import { assertStorable, unstorable } from './storable-text.ts';
import { findEnvironment, findProject, findProjectFlag, findProjectSegment } from './scope.ts';
import type { EnvironmentRow } from '../modules/environments/store.ts';
import type { FlagRow } from '../modules/flags/store.ts';
import type { SegmentRow } from '../modules/segments/view.ts';
import type { ProjectRow } from '../modules/projects/store.ts';

type Spec<Id extends OperationId> = SpecOperations[Id];
type PathOf<Id extends OperationId> =
  Spec<Id> extends { parameters: { path: infer P } }
    ? P extends Record<string, unknown>
      ? P
      : Record<string, never>
    : Record<string, never>;
type QueryOf<Id extends OperationId> =
  Spec<Id> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : Record<string, never>;
type JsonBody<R> = R extends { content: { 'application/json': infer B } } ? B : undefined;
type BodyOf<Id extends OperationId> =
  Spec<Id> extends { requestBody: infer R }
    ? JsonBody<R>
    : Spec<Id> extends { requestBody?: infer R }
      ? JsonBody<NonNullable<R>> | undefined
      : undefined;
type IsPublic<Id extends OperationId> = (typeof operations)[Id]['public'] extends true ? true : false;
type IsSdk<Id extends OperationId> = (typeof operations)[Id]['permission'] extends `sdk:${string}`
  ? true
  : false;
/** Routes without a user or API token: public ones and SDK ones. */
type NoPrincipal<Id extends OperationId> = IsPublic<Id> extends true ? true : IsSdk<Id>;

/**
 * The rows the path names, present exactly when the path has `{project}`/`{env}`/`{flag}`/`{segment}`:
 * read once per request, before authorization. Handlers pass them on instead of keys to look up again
 * (a write re-reads its row locked in its own transaction: that read is the one that counts).
 */
export type ScopeOf<Id extends OperationId> = ('project' extends keyof PathOf<Id>
  ? { project: ProjectRow }
  : { project?: undefined }) &
  ('env' extends keyof PathOf<Id> ? { environment: EnvironmentRow } : { environment?: undefined }) &
  ('flag' extends keyof PathOf<Id> ? { flag: FlagRow } : { flag?: undefined }) &
  ('segment' extends keyof PathOf<Id> ? { segment: SegmentRow } : { segment?: undefined });

/** Everything a handler gets, typed from openapi.yaml for its operation. */
export interface Call<Id extends OperationId> {
  op: OperationSpec;
  ctx: Context;
  params: PathOf<Id>;
  query: QueryOf<Id>;
  body: BodyOf<Id>;
  /** The version named by If-Match, if sent (and not `*`). */
  ifMatch: number | undefined;
  principal: NoPrincipal<Id> extends true ? null : Principal;
  /** Who acts, for audit entries (null on public and SDK routes). */
  actor: NoPrincipal<Id> extends true ? null : Actor;
  /** The SDK key of an SDK route (`x-ff-permission: sdk:*`). */
  sdk: IsSdk<Id> extends true ? SdkCaller : undefined;
  scope: ScopeOf<Id>;
  requestId: string;
}

export type Handler<Id extends OperationId> = (call: Call<Id>) => Promise<void> | void;

/** One handler per operation of the spec: a missing or extra one is a type error. */
export type Handlers = { [Id in OperationId]: Handler<Id> };

const notImplemented: Handler<OperationId> = ({ op }) => {
  throw new NotImplementedError(`${op.operationId} is specified in openapi.yaml but not implemented yet.`);
};

function hasBody(ctx: Context): boolean {
  return ctx.request.length > 0 || ctx.get('transfer-encoding') !== '';
}

/**
 * The 415 for a body the operation cannot take: it names the media types it can (and a PATCH lists them
 * in Accept-Patch too, RFC 5789).
 */
function unsupportedMediaType(ctx: Context, op: OperationSpec): UnsupportedMediaTypeError {
  const accepted = op.requestContentTypes.join(' or ');
  if (op.method === 'patch') ctx.set('Accept-Patch', op.requestContentTypes.join(', '));
  const sent = ctx.get('Content-Type').slice(0, 100);
  return new UnsupportedMediaTypeError(
    `${sent === '' ? 'A body without a Content-Type' : `Content-Type ${sent}`} is not accepted here: send ${accepted}.`,
  );
}

function step(op: OperationSpec, handler: Handler<OperationId>, db: Db, rateLimit?: RateLimitGuard) {
  const v = validators[op.operationId as OperationId] ?? {};
  const sdkRoute = isSdkPermission(op.permission);
  const sdkKeys = sdkKeyCache(db);
  return async (ctx: Context): Promise<void> => {
    const requestId = String(ctx.state.requestId ?? '');
    let sdk: SdkCaller | undefined;
    if (sdkRoute) {
      sdk = await sdkKeys.authenticate(sdkKeyOf(ctx));
      authorizeSdk(sdk, op.permission);
      refuseServerKeyFromBrowser(sdk, ctx.get('Origin'));
      refuseDisallowedOrigin(ctx, sdk);
      await rateLimit?.(ctx, sdk.kind, sdk.keyId);
    }
    const principal =
      op.public || sdkRoute ? null : await authenticate(db, bearerToken(ctx.get('Authorization')));
    if (principal) {
      ctx.state.principal = principal;
      // Counted before anything else is done for the request (a refused caller costs one token lookup).
      await rateLimit?.(ctx, 'management', principal.tokenId);
    }

    const params = { ...(ctx.params as Record<string, string>) };
    if (v.params && !v.params(params)) throw new NotFoundError(`No such resource: ${ctx.path}.`);

    const scope: {
      project?: ProjectRow;
      environment?: EnvironmentRow;
      flag?: FlagRow;
      segment?: SegmentRow;
    } = {};
    if (principal && params.project !== undefined) {
      scope.project = await findProject(db, principal.organizationId, params.project);
      if (params.env !== undefined) scope.environment = await findEnvironment(db, scope.project, params.env);
      // Every resource the path names must exist before the request is judged further: another
      // organization, or a typo, gets the same 404 whatever the body says.
      if (params.flag !== undefined) scope.flag = await findProjectFlag(db, scope.project, params.flag);
      if (params.segment !== undefined) {
        scope.segment = await findProjectSegment(db, scope.project, params.segment);
      }
    }
    if (principal) {
      authorize(principal, op.permission, {
        projectId: scope.project?.id,
        protectedEnvironment: scope.environment?.protected,
      });
    }

    const query: Record<string, unknown> = { ...ctx.query };
    if (v.query && !v.query(query)) {
      throw new InvalidQueryError(toIssues(v.query.errors, 'query'));
    }
    const badQuery = unstorable(query, 'query');
    if (badQuery.length > 0) throw new InvalidQueryError(badQuery);
    const headers: Record<string, unknown> = {};
    const ifMatchHeader = ctx.get('If-Match');
    if (ifMatchHeader !== '') headers['if-match'] = ifMatchHeader;
    // The only declared header is If-Match: one that fails its schema can match nothing (412, RFC 9110).
    if (v.headers && !v.headers(headers)) {
      throw new PreconditionFailedError('If-Match must be an ETag this API sent, like "7".');
    }
    const ifMatch = parseIfMatch(ifMatchHeader === '' ? undefined : ifMatchHeader);
    if (op.ifMatchRequired && ifMatchHeader === '') {
      throw new PreconditionRequiredError(
        'Replacing a whole configuration needs If-Match with the ETag you read, so no concurrent change is lost.',
      );
    }

    let body: unknown = undefined;
    // A body in a media type the operation does not declare is 415, before anything reads it.
    if (op.requestContentType !== null && hasBody(ctx) && !ctx.is(...op.requestContentTypes)) {
      throw unsupportedMediaType(ctx, op);
    }
    if (op.requestContentType === 'application/json') {
      if (hasBody(ctx)) body = ctx.request.body;
      if (body === undefined && op.bodyRequired) {
        throw new ValidationError([{ path: 'body', message: 'a JSON body is required' }]);
      }
      if (body !== undefined && v.body && !v.body(body))
        throw new ValidationError(toIssues(v.body.errors, 'body'));
      // Postgres cannot store U+0000 or lone surrogates in text/jsonb: refuse them here, for every route.
      if (body !== undefined) assertStorable(body, 'body');
    }

    const call = {
      op,
      ctx,
      params,
      query,
      body,
      ifMatch,
      principal,
      actor: principal ? actorOf(principal, requestId, sourceOf(ctx)) : null,
      sdk,
      scope,
      requestId,
    } as unknown as Call<OperationId>;
    await handler(call);
  };
}

/**
 * A Koa router with every operation of the spec mounted on its handler. An operation without a handler
 * answers 501 (and the spec/route agreement test fails), so a half-built module is visible, not hidden.
 */
export function operationRouter(db: Db, handlers: Partial<Handlers>, rateLimit?: RateLimitGuard): Router {
  // Every method Node accepts counts as one the router knows, so a method no operation uses (TRACE,
  // PROPFIND…) on a known path is the client's 405 with Allow; by default the router answered 501, which
  // the problem middleware reports as our own failure, with a stack trace in the error log.
  const router = new Router({ methods: METHODS });
  for (const op of Object.values(operations) as OperationSpec[]) {
    const handler =
      (handlers[op.operationId as OperationId] as Handler<OperationId> | undefined) ?? notImplemented;
    router[op.method](op.operationId, op.koaPath, step(op, handler, db, rateLimit));
  }
  return router;
}

/** Sends a JSON response, with an ETag and Location when given. */
export function respond(
  ctx: Context,
  status: number,
  body: unknown,
  headers: { etag?: number | string; location?: string } = {},
): void {
  ctx.status = status;
  if (headers.etag !== undefined) ctx.set('ETag', `"${headers.etag}"`);
  if (headers.location !== undefined) ctx.set('Location', headers.location);
  if (status === 204) ctx.body = null;
  else ctx.body = body;
}
