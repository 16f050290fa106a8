// The browser client's two kinds of request, both with the client key in `Authorization`: a call
// answered in full (evaluate, events) and the client-key event stream (fetch, not EventSource, which
// cannot send the key), its context in the query as base64url JSON.
import type { ClientOptions } from './options.ts';
import type { Context } from './types.ts';

/** A response read in full. */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

export interface Transport {
  request(path: string, init: RequestInit & { headers?: Record<string, string> }): Promise<Answer>;
  stream(context: Context, lastEventId: string | undefined, signal: AbortSignal): Promise<Response>;
}

export function transport(o: Pick<ClientOptions, 'baseUrl' | 'clientKey' | 'fetch'>): Transport {
  const base = o.baseUrl.replace(/\/+$/, '');
  const auth = `Bearer ${o.clientKey}`;
  const f = o.fetch ?? ((url, init) => fetch(url, init));
  return {
    request: (path, init) =>
      f(base + path, { ...init, headers: { authorization: auth, ...init.headers } }).then(async (res) => ({
        status: res.status,
        headers: res.headers,
        text: await res.text(),
      })),
    stream(context, lastEventId, signal) {
      const param = btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(context)))).replace(
        /[+/=]/g,
        (c) => (c === '+' ? '-' : c === '/' ? '_' : ''),
      );
      const headers: Record<string, string> = { authorization: auth, accept: 'text/event-stream' };
      if (lastEventId !== undefined) headers['last-event-id'] = lastEventId;
      return f(`${base}/sdk/v1/stream?context=${param}`, { headers, signal });
    },
  };
}
