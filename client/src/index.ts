// @ff/client: the typed management client for the CLI, the Terraform provider and users' scripts.
// Everything under ./generated comes from openapi.yaml (`npm run generate`); this file only configures
// axios for one server and token and turns problem+json responses into one typed error.
import { AxiosError } from 'axios';
import { createClient as createHttpClient } from './generated/client/index.ts';
import { FfApi } from './generated/sdk.gen.ts';
import type { Problem } from './generated/types.gen.ts';
import { VERSION } from './version.ts';

export * from './generated/index.ts';
/** The zod schemas of every request and response, e.g. `schemas.zFlagConfig.parse(json)`. */
export * as schemas from './generated/zod.gen.ts';

/** The version of this package, sent as `User-Agent: ff-client/<version>`. */
export const version: string = VERSION;

export interface ClientOptions {
  /** The ff server, e.g. `http://127.0.0.1:4242`. */
  baseUrl: string;
  /** A personal (`ff_pat_…`) or service (`ff_svc_…`) token; omit for the public operations only. */
  token?: string;
  /** Per request; default 30 s. */
  timeoutMs?: number;
  /** Prepended to the User-Agent, e.g. `ff-cli/1.2.0` gives `ff-cli/1.2.0 ff-client/0.1.0`. */
  userAgent?: string;
}

/** One entry of a validation problem: the offending path and what is wrong there. */
export interface FieldIssue {
  path: string;
  message: string;
}

/**
 * What every call throws when the server answers with an error status. Built from the
 * `application/problem+json` body (RFC 9457); a non-problem error body (a proxy's 502 page) still
 * gives a status and title.
 */
export class ApiError extends Error {
  /** The HTTP status. */
  readonly status: number;
  /** A URI naming the kind of problem, e.g. `https://ff.dev/problems/validation`. */
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  /** For validation problems (400, 422), every offending path; otherwise empty. */
  readonly errors: FieldIssue[];
  /** The server's request id: quote it when reporting a problem. */
  readonly requestId: string | undefined;
  /** The whole problem body, with any extension members. */
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined, statusText = '') {
    const title = problem?.title ?? (statusText || `HTTP ${status}`);
    super(problem?.detail ? `${title}: ${problem.detail}` : title);
    this.name = 'ApiError';
    this.status = status;
    this.type = problem?.type ?? 'about:blank';
    this.title = title;
    this.detail = problem?.detail;
    this.errors = problem?.errors ?? [];
    this.requestId = problem?.requestId;
    this.problem = problem;
  }
}

function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return typeof candidate.title === 'string' && typeof candidate.status === 'number';
}

/** An axios error with a response becomes an ApiError; anything else (network, timeout) is kept. */
export function toApiError(error: unknown): unknown {
  if (!(error instanceof AxiosError) || error.response === undefined) return error;
  const { status, statusText, data } = error.response;
  let body: unknown = data;
  if (typeof data === 'string' && data.trimStart().startsWith('{')) {
    try {
      body = JSON.parse(data);
    } catch {
      body = undefined;
    }
  }
  return new ApiError(status, isProblem(body) ? body : undefined, statusText);
}

/** The operations of openapi.yaml as methods, e.g. `ff.listFlags({ path: { project } })`. */
export type FfClient = FfApi;

/**
 * A client for one server and token. Each method validates its request and response with the spec's
 * zod schemas, resolves to the axios response (`data`, `status`, `headers` — read `headers.etag` to
 * send it back as `If-Match`), and throws an {@link ApiError} for an error status.
 */
export function createClient(options: ClientOptions): FfClient {
  const userAgent = [options.userAgent, `ff-client/${version}`].filter(Boolean).join(' ');
  const http = createHttpClient({
    baseURL: options.baseUrl.replace(/\/+$/, ''),
    timeout: options.timeoutMs ?? 30_000,
    throwOnError: true,
    // Used for the operations whose spec declares bearer security; public ones go without it.
    ...(options.token === undefined ? {} : { auth: options.token }),
    headers: { 'User-Agent': userAgent },
  });
  http.instance.interceptors.response.use(undefined, (error: unknown) => Promise.reject(toApiError(error)));
  return new FfApi({ client: http });
}
