// The example's page server: serves the Vite build (dist/) and writes into each page the settings the
// app reads, window.__FF__, with the values sdk-node evaluated for the signed-in user — the browser SDK's
// bootstrap, the way a Next.js page passes server-side props. `?user=` stands in for a session;
// `?bootstrap=0` leaves the bootstrap out (the app then starts from its cache, or the defaults).
//   FF_URL=http://127.0.0.1:4242 FF_CLIENT_KEY=ff_cli_… FF_SDK_KEY=ff_srv_… node server.ts
// The e2e suite (../../test/react-dashboard.browser.test.ts) runs this very server.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClientFlagValue } from '@ff/sdk-browser';

export interface ExampleServerOptions {
  /** The Vite build. */
  dist: string;
  /** The ff API as the browser reaches it. */
  apiUrl: string;
  clientKey: string;
  /** The values for a user's first render (sdk-node's `allFlags(context)`), or undefined for none. */
  bootstrap?: (userId: string) => Record<string, ClientFlagValue> | undefined;
  port?: number;
}

export interface ExampleServer {
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

// JSON inside <script>: no `</script>` or `<!--` can end the element early.
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export async function startExampleServer(o: ExampleServerOptions): Promise<ExampleServer> {
  const page = readFileSync(join(o.dist, 'index.html'), 'utf8');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://page');
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const userId = url.searchParams.get('user') ?? 'user-ada';
      const bootstrap = url.searchParams.get('bootstrap') === '0' ? undefined : o.bootstrap?.(userId);
      const settings = {
        baseUrl: o.apiUrl,
        clientKey: o.clientKey,
        userId,
        otherUserId: url.searchParams.get('other') ?? 'user-bob',
        ...(bootstrap ? { bootstrap } : {}),
      };
      const html = page.replace('</head>', `<script>window.__FF__=${scriptJson(settings)}</script></head>`);
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
      return void res.end(html);
    }
    if (url.pathname === '/away') {
      res.writeHead(200, { 'content-type': TYPES['.html']! });
      return void res.end('<!doctype html><title>Elsewhere</title><p>Another page.</p>');
    }
    const file = normalize(join(o.dist, url.pathname));
    if (!file.startsWith(join(o.dist, 'assets'))) return void res.writeHead(404).end();
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(o.port ?? 0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { createClient } = await import('@ff/sdk-node');
  const env = (name: string) => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set`);
    return value;
  };
  const ff = createClient({ sdkKey: env('FF_SDK_KEY'), baseUrl: env('FF_URL') });
  await ff.ready();
  const running = await startExampleServer({
    dist: fileURLToPath(new URL('dist', import.meta.url)),
    apiUrl: env('FF_URL'),
    clientKey: env('FF_CLIENT_KEY'),
    bootstrap: (userId) => ff.allFlags({ key: userId }),
    port: Number(process.env.PORT ?? 5173),
  });
  console.log(`the dashboard: ${running.url}/?user=user-ada`);
}
