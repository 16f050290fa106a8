// Domain errors, typed once. Services throw these; problem.ts is the one place that turns them into
// application/problem+json. The `type` URIs are stable identifiers documented in openapi.yaml.

import type { RefusalRule } from '../generated/operations.ts';

export interface FieldIssue {
  /** JSON-pointer-ish path into the request, e.g. `rules/0/clauses/1/op`. */
  path: string;
  message: string;
  /**
   * The rule beyond the schemas that this issue breaks (openapi.yaml's RefusalRule); absent for what
   * the schemas themselves refuse. The spec fuzz suite holds every operation to its `x-ff-refusals`.
   */
  rule?: RefusalRule;
}

/** `issues` as breaking `rule` (an issue that names its own rule keeps it). */
export function breaking(rule: RefusalRule, issues: readonly FieldIssue[]): FieldIssue[] {
  return issues.map((i) => ({ ...i, rule: i.rule ?? rule }));
}

const typeBase = 'https://ff.dev/problems/';

export class HttpError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  /** Extra problem members (e.g. `errors`); only ever sent for 4xx. */
  readonly extensions: Record<string, unknown>;

  constructor(
    status: number,
    slug: string,
    title: string,
    detail?: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
    this.name = new.target.name;
    this.status = status;
    this.type = typeBase + slug;
    this.title = title;
    this.extensions = extensions;
  }
}

export class BadRequestError extends HttpError {
  constructor(detail?: string) {
    super(400, 'bad-request', 'Bad request', detail);
  }
}

export class MalformedJsonError extends HttpError {
  constructor(detail = 'The request body is not valid JSON.') {
    super(400, 'malformed-json', 'Malformed JSON', detail);
  }
}

export class ValidationError extends HttpError {
  readonly errors: FieldIssue[];
  constructor(errors: FieldIssue[], detail = 'The request is not valid.') {
    super(422, 'validation', 'Validation failed', detail, { errors });
    this.errors = errors;
  }
}

/** A query string or header that does not match the operation's parameters. */
export class InvalidQueryError extends HttpError {
  readonly errors: FieldIssue[];
  constructor(errors: FieldIssue[], detail = 'The query string or headers are not valid.') {
    super(400, 'invalid-parameters', 'Invalid parameters', detail, { errors });
    this.errors = errors;
  }
}

export class TooManyRequestsError extends HttpError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number, detail = 'Too many attempts; wait before trying again.') {
    super(429, 'too-many-requests', 'Too many requests', detail);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export class UnauthorizedError extends HttpError {
  constructor(detail = 'A valid bearer token is required.') {
    super(401, 'unauthorized', 'Unauthorized', detail);
  }
}

export class ForbiddenError extends HttpError {
  constructor(detail = 'Your role does not allow this.', extensions: Record<string, unknown> = {}) {
    super(403, 'forbidden', 'Forbidden', detail, extensions);
  }
}

export class NotFoundError extends HttpError {
  constructor(detail = 'No such resource.') {
    super(404, 'not-found', 'Not found', detail);
  }
}

export class ConflictError extends HttpError {
  constructor(detail = 'The resource already exists or conflicts with another.') {
    super(409, 'conflict', 'Conflict', detail);
  }
}

export class PreconditionFailedError extends HttpError {
  constructor(detail = 'The resource changed since you read it (If-Match did not match).') {
    super(412, 'precondition-failed', 'Precondition failed', detail);
  }
}

export class PreconditionRequiredError extends HttpError {
  constructor(detail = 'This write needs an If-Match header.') {
    super(428, 'precondition-required', 'Precondition required', detail);
  }
}

export class PayloadTooLargeError extends HttpError {
  constructor(limitBytes: number) {
    super(413, 'payload-too-large', 'Payload too large', `The request body exceeds ${limitBytes} bytes.`);
  }
}

export class UnsupportedMediaTypeError extends HttpError {
  constructor(detail = 'Send application/json.') {
    super(415, 'unsupported-media-type', 'Unsupported media type', detail);
  }
}

export class NotImplementedError extends HttpError {
  constructor(detail: string) {
    super(501, 'not-implemented', 'Not implemented', detail);
  }
}

export class ServiceUnavailableError extends HttpError {
  constructor(detail = 'The service is not ready.') {
    super(503, 'unavailable', 'Service unavailable', detail);
  }
}

export const internalErrorType = typeBase + 'internal';
