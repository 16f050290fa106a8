// Every failure of every command ends here, once: turned into one readable line plus a hint, and an
// exit code scripts can branch on (0 ok, 1 error, 2 usage, 3 conflict). No stack traces: a user who
// mistyped a flag key needs "flag not found, see ff flags list", not axios internals.
// Kept import-free (duck typing instead of instanceof) so loading it costs nothing.

export const exitCodes = { ok: 0, error: 1, usage: 2, conflict: 3 } as const;

/** A failure the command itself detected, with the code to exit with and what to do about it. */
export class CliFailure extends Error {
  readonly exitCode: number;
  readonly hint: string | undefined;
  constructor(message: string, options: { exit?: number; hint?: string } = {}) {
    super(message);
    this.name = 'CliFailure';
    this.exitCode = options.exit ?? exitCodes.error;
    this.hint = options.hint;
  }
}

/** Bad input the API was never asked about: exit 2. */
export function usage(message: string, hint?: string): CliFailure {
  return new CliFailure(message, { exit: exitCodes.usage, hint });
}

export interface DescribedError {
  message: string;
  hint?: string;
  exitCode: number;
  /** For --json: the API's status and problem, when there was one. */
  status?: number;
  errors?: { path: string; message: string }[];
  requestId?: string;
}

interface ApiErrorLike {
  name: string;
  status: number;
  title: string;
  detail?: string;
  errors: { path: string; message: string }[];
  requestId?: string;
}

function isApiError(error: unknown): error is ApiErrorLike {
  const e = error as Partial<ApiErrorLike> | null;
  return typeof e === 'object' && e !== null && e.name === 'ApiError' && typeof e.status === 'number';
}

const networkCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

function apiHint(status: number): string | undefined {
  switch (status) {
    case 401:
      return 'run `ff login` (or set FF_TOKEN)';
    case 403:
      return 'your role does not allow this: ask an owner or admin (`ff members list`)';
    case 404:
      return 'check the key and the project (-p) / environment (-e); `ff projects list`, `ff flags list`';
    case 409:
      return 'it already exists or is in use: pick another key or remove what refers to it';
    case 412:
      return 'it changed since you read it: run the command again';
    case 429:
      return 'too many attempts: wait a minute';
    default:
      return status >= 500 ? 'a server error: retry, and quote the request id when reporting it' : undefined;
  }
}

// The parts of a request the generated client validates before sending it (zod paths start with one).
const requestParts = new Set(['body', 'path', 'query', 'headers']);

/**
 * When the client refused to send a request because a key in it breaks the key pattern: which field it
 * was (`key` of a body, or the path parameter `flag`, `segment`, `project`, `env`). Undefined otherwise.
 */
export function requestKeyField(error: unknown): string | undefined {
  const e = error as { name?: string; issues?: { path: (string | number)[]; format?: string }[] } | null;
  if (e?.name !== 'ZodError') return undefined;
  const issue = e.issues?.[0];
  if (issue?.format !== 'regex' || issue.path.length !== 2) return undefined;
  const [part, field] = issue.path.map(String) as [string, string];
  if (part === 'body' && field === 'key') return field;
  if (part === 'path' && ['flag', 'segment', 'project', 'env'].includes(field)) return field;
  return undefined;
}

/** One line for any error, given the server the command talked to. */
export function describeError(error: unknown, apiUrl: string): DescribedError {
  if (error instanceof CliFailure)
    return { message: error.message, hint: error.hint, exitCode: error.exitCode };
  if (isApiError(error) && error.status < 400) {
    // The client rejects a 2xx whose body does not match the spec: a version mismatch, not the user's fault.
    return {
      message: `the server's answer does not match the API contract (HTTP ${error.status})`,
      hint: 'the CLI and the server versions may differ: update one of them',
      exitCode: exitCodes.error,
    };
  }
  if (isApiError(error)) {
    const fields = error.errors.map((e) => `${e.path}: ${e.message}`).join('; ');
    const text = [error.detail ?? error.title, fields].filter(Boolean).join(' — ');
    return {
      message: `${text} (HTTP ${error.status})`,
      hint: apiHint(error.status),
      exitCode: error.status === 409 || error.status === 412 ? exitCodes.conflict : exitCodes.error,
      status: error.status,
      errors: error.errors,
      requestId: error.requestId,
    };
  }
  const e = error as {
    code?: string;
    message?: string;
    name?: string;
    oclif?: { exit?: number };
    issues?: unknown;
  };
  if (e?.code === 'ECONNABORTED' || e?.code === 'ETIMEDOUT' || /timeout/i.test(e?.message ?? '')) {
    if (e?.code !== undefined || e?.name === 'AxiosError') {
      return {
        message: `${apiUrl} did not answer in time (${e.code ?? 'timeout'})`,
        hint: 'is the server overloaded or the network down? try again',
        exitCode: exitCodes.error,
      };
    }
  }
  if (e?.code !== undefined && networkCodes.has(e.code)) {
    return {
      message: `cannot reach ${apiUrl}: is ff running? (${e.code})`,
      hint: 'start it with `npm start`, or point at another server with --api-url / FF_API_URL',
      exitCode: exitCodes.error,
    };
  }
  if (e?.name === 'ZodError') {
    const issue = (e.issues as { path: (string | number)[]; message: string }[] | undefined)?.[0];
    if (issue && requestParts.has(String(issue.path[0]))) {
      // The client checks what it sends before sending it: this is the user's input, not a version skew.
      return {
        message: `invalid ${issue.path.join('.')}: ${issue.message}`,
        hint: 'check what you typed (see --help)',
        exitCode: exitCodes.usage,
      };
    }
    return {
      message: `the request or response does not match the API contract${issue ? ` at ${issue.path.join('.') || '(root)'}: ${issue.message}` : ''}`,
      hint: 'check your input; if it is right, the CLI and the server versions may differ',
      exitCode: exitCodes.usage,
    };
  }
  // oclif's own parse errors (unknown flag, missing argument) are usage errors; their message ends with
  // a "See more help" line we fold into the hint.
  if (typeof e?.oclif?.exit === 'number') {
    const [first, ...rest] = (e.message ?? 'error').split('\n');
    const more = rest.map((l) => l.trim()).filter(Boolean);
    return {
      message: [first, ...more.filter((l) => !/^See more help/.test(l))].join(' '),
      hint: 'see --help',
      exitCode: e.oclif.exit,
    };
  }
  return {
    message: (e?.message ?? String(error)).split('\n')[0] || 'unknown error',
    exitCode: exitCodes.error,
  };
}
