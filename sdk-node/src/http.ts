// The one place requests to the API are built: base URL, SDK key, user agent and timeouts.

/** The subset of `fetch` the SDK uses (tests and proxies may pass their own). */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** A request failure that says whether trying again later can help. */
export class HttpError extends Error {
  readonly status: number | undefined;
  constructor(message: string, status: number | undefined) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
  }

  /** 401 and 403: the key is unknown, revoked, expired or of the wrong kind. Retrying cannot help. */
  get unauthorized(): boolean {
    return this.status === 401 || this.status === 403;
  }
}

export const USER_AGENT = 'ff-sdk-node/0.1.0';

/** Builds requests for one SDK key against one API. */
export class Http {
  readonly #baseUrl: string;
  readonly #sdkKey: string;
  readonly #fetch: FetchLike;
  readonly #timeout: number;

  constructor(opts: { baseUrl: string; sdkKey: string; fetch?: FetchLike; timeout: number }) {
    this.#baseUrl = opts.baseUrl.replace(/\/+$/, '');
    this.#sdkKey = opts.sdkKey;
    this.#fetch = opts.fetch ?? ((input, init) => fetch(input, init));
    this.#timeout = opts.timeout;
  }

  /**
   * Sends a request and reads its whole body as text, all within the timeout. Rejects with an
   * {@link HttpError} on network failure or timeout; resolves with any HTTP status.
   */
  async send(
    path: string,
    init: { method?: string; headers?: Record<string, string>; body?: string; signal?: AbortSignal } = {},
  ): Promise<HttpResult> {
    return this.#run(path, init, async (res) => ({
      status: res.status,
      headers: res.headers,
      text: await res.text(),
    }));
  }

  /**
   * Opens a long-lived response (the event stream): the timeout covers the response headers only, the
   * body is the caller's to read (and to watch with an idle timer). `signal` aborts it at any time.
   */
  async open(
    path: string,
    init: { headers?: Record<string, string>; signal: AbortSignal },
  ): Promise<Response> {
    return this.#run(path, init, async (res) => res, true);
  }

  async #run<T>(
    path: string,
    init: { method?: string; headers?: Record<string, string>; body?: string; signal?: AbortSignal },
    read: (res: Response) => Promise<T>,
    headersOnly = false,
  ): Promise<T> {
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), this.#timeout);
    const signal = init.signal ? AbortSignal.any([init.signal, deadline.signal]) : deadline.signal;
    const method = init.method ?? 'GET';
    try {
      const res = await this.#fetch(this.#baseUrl + path, {
        method,
        headers: { authorization: `Bearer ${this.#sdkKey}`, 'user-agent': USER_AGENT, ...init.headers },
        body: init.body,
        signal,
      });
      if (headersOnly) clearTimeout(timer);
      return await read(res);
    } catch (e) {
      const reason = deadline.signal.aborted
        ? `timed out after ${this.#timeout} ms`
        : init.signal?.aborted
          ? 'aborted'
          : e instanceof Error
            ? ((e.cause as Error | undefined)?.message ?? e.message)
            : String(e);
      throw new HttpError(`${method} ${path}: ${reason}`, undefined);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** A response read in full. */
export interface HttpResult {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}
