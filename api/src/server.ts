import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type Koa from 'koa';
import type { Logger } from './logger.ts';
import { backgroundOf } from './background/runner.ts';
import { rateLimiterOf } from './modules/rate-limit/http.ts';
import { streamingOf } from './stream/streaming.ts';

export interface RunningServer {
  server: http.Server;
  /** e.g. http://127.0.0.1:4242 */
  url: string;
  /**
   * Graceful stop: refuse new connections, end the event streams (SDKs reconnect elsewhere), let
   * in-flight requests finish (up to the deadline), close idle keep-alive sockets as they go quiet, then
   * cut whatever is left; then stop listening for changes.
   */
  close(deadlineMs?: number): Promise<void>;
}

export interface ListenOptions {
  port: number;
  host: string;
  logger: Logger;
}

/**
 * Node hands CONNECT (a request for a proxy tunnel) to 'connect' listeners, never to the app, and without
 * one it closes the socket without an answer. This is no proxy: CONNECT gets the 405 problem any method
 * gets where it is not served (the empty Allow: no method tunnels), logged like any other request.
 */
function refuseConnect(logger: Logger) {
  return (req: http.IncomingMessage, socket: Duplex): void => {
    const body = JSON.stringify({
      type: 'about:blank',
      title: 'Method Not Allowed',
      status: 405,
      detail: 'CONNECT is not supported: this server is not a proxy.',
      instance: req.url,
    });
    socket.on('error', () => socket.destroy());
    socket.end(
      'HTTP/1.1 405 Method Not Allowed\r\nAllow: \r\nContent-Type: application/problem+json\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
    logger.info({ method: req.method, path: req.url, status: 405 }, 'request');
  };
}

export async function listen(app: Koa, opts: ListenOptions): Promise<RunningServer> {
  // Listening for changes before accepting requests: a stream opened later misses nothing.
  const streaming = streamingOf(app);
  await streaming?.start();
  const server = http.createServer(app.callback());
  server.on('connect', refuseConnect(opts.logger));
  // Slightly above common load balancer idle timeouts (60 s on ALB) so the LB, not us, closes idle
  // keep-alive sockets; otherwise a request can race a socket we are closing.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    const failed = (err: Error) => {
      void streaming?.stop();
      reject(err);
    };
    server.once('error', failed);
    server.listen(opts.port, opts.host, () => {
      server.off('error', failed);
      resolve();
    });
  });
  // Rate-limit counts are exchanged with the other replicas while this one serves.
  const limiter = rateLimiterOf(app);
  limiter?.start();
  // Background work (schedules, webhook deliveries…) runs in every replica while it serves.
  const background = backgroundOf(app);
  background?.start();
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  const url = `http://${host}:${port}`;

  let closing: Promise<void> | undefined;
  const close = (deadlineMs = 10_000) => {
    closing ??= new Promise<void>((resolve) => {
      const closed = new Promise<void>((done) => server.close(() => done()));
      // An event stream never finishes by itself: end them now, or they would run into the deadline.
      streaming?.closeStreams();
      // server.close() only closes sockets that are idle right now; a keep-alive socket whose request
      // finishes later would hold us open until keepAliveTimeout, so keep sweeping.
      server.closeIdleConnections();
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      const deadline = setTimeout(() => {
        opts.logger.warn({ deadlineMs }, 'shutdown deadline reached; closing remaining connections');
        server.closeAllConnections();
      }, deadlineMs);
      void closed.then(async () => {
        clearInterval(sweep);
        clearTimeout(deadline);
        await background?.stop();
        await streaming?.stop();
        await limiter?.stop();
        resolve();
      });
    });
    return closing;
  };
  return { server, url, close };
}
