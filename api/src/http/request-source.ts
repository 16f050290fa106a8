// Where a request came from, for the audit log's "where" and the sign-in throttle: the client's IP and
// its User-Agent. X-Forwarded-For is anyone's to write, so it is believed only as far as the proxies
// this server is told to trust (FF_TRUSTED_PROXIES): starting from the socket's peer, each trusted hop
// vouches for the address it appended, read right to left, and the first address not trusted is the
// client. With no trusted proxies (the default) the header is ignored and the peer is the client.
import { BlockList, isIP } from 'node:net';
import type { Context, Next } from 'koa';

/** The IP and User-Agent of a request; null when unknown (internal jobs, an absent header). */
export interface RequestSource {
  ip: string | null;
  userAgent: string | null;
}

export const unknownSource: RequestSource = { ip: null, userAgent: null };

/** What the audit log keeps of a User-Agent: enough to tell clients apart, not an unbounded string. */
export const maxUserAgentLength = 512;
// Proxies between a client and us are few; past this many hops the header is not read further.
const maxHops = 32;

export class TrustedProxiesError extends Error {}

/**
 * The trusted proxies from their comma-separated form: IPv4 or IPv6 addresses and CIDR ranges
 * (`10.0.0.0/8, 2001:db8::/32, 127.0.0.1`). Throws TrustedProxiesError naming the first bad entry.
 */
export function parseTrustedProxies(spec: string | readonly string[]): BlockList {
  const list = new BlockList();
  for (const raw of typeof spec === 'string' ? spec.split(',') : spec) {
    const entry = raw.trim();
    if (entry === '') continue;
    const [written = '', prefix, extra] = entry.split('/');
    // Peers are compared in normalize()'s form: an IPv4-mapped address is its IPv4 address.
    const address = prefix === undefined ? (normalize(written) ?? written) : written;
    const family = isIP(address);
    const bits = family === 4 ? 32 : 128;
    if (family === 0 || extra !== undefined)
      throw new TrustedProxiesError(`"${entry}" is not an IP address or CIDR range`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const n = Number(prefix);
    if (!/^\d{1,3}$/.test(prefix) || n > bits)
      throw new TrustedProxiesError(`"${entry}" has an invalid prefix length`);
    list.addSubnet(address, n, type);
  }
  return list;
}

/** An address as the audit log stores it: no IPv4-mapped IPv6 prefix, no zone, no port, lower case. */
function normalize(value: string): string | null {
  let v = value.trim();
  // "[2001:db8::1]:443" and "203.0.113.7:51234" (some proxies append the port).
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(v);
  if (bracketed) v = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(v)) v = v.slice(0, v.lastIndexOf(':'));
  v = v.replace(/%.*$/, '').toLowerCase();
  if (v.startsWith('::ffff:') && isIP(v.slice(7)) === 4) v = v.slice(7);
  return isIP(v) === 0 ? null : v;
}

function trusted(list: BlockList, ip: string): boolean {
  return list.check(ip, isIP(ip) === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client's IP: the socket's peer, or, while the peer and each hop after it are trusted proxies, the
 * next address of X-Forwarded-For from the right. A value a trusted proxy passed on that is not an
 * address ends the walk at that proxy (it is the last address anyone vouched for).
 */
export function clientIp(
  peer: string | undefined,
  forwardedFor: string | undefined,
  proxies: BlockList,
): string | null {
  let ip = normalize(peer ?? '');
  if (ip === null || forwardedFor === undefined || forwardedFor === '') return ip;
  const hops = forwardedFor.split(',');
  for (let i = hops.length - 1, seen = 0; i >= 0 && seen < maxHops; i--, seen++) {
    if (!trusted(proxies, ip)) return ip;
    const next = normalize(hops[i]!);
    if (next === null) return ip;
    ip = next;
  }
  return ip;
}

/** A User-Agent as the audit log keeps it: control characters dropped, at most 512 characters. */
export function storedUserAgent(value: string | undefined): string | null {
  // eslint-disable-next-line no-control-regex
  const clean = (value ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return clean === '' ? null : clean.slice(0, maxUserAgentLength);
}

/**
 * Makes `ctx.state.source` (a RequestSource) available to every later middleware and handler. It is
 * worked out on first read only: most SDK requests never ask.
 */
export function requestSource(trustedProxies: BlockList) {
  return function requestSourceMiddleware(ctx: Context, next: Next): Promise<void> {
    let source: RequestSource | undefined;
    Object.defineProperty(ctx.state, 'source', {
      get: () =>
        (source ??= {
          ip: clientIp(ctx.req.socket.remoteAddress, ctx.get('X-Forwarded-For'), trustedProxies),
          userAgent: storedUserAgent(ctx.get('User-Agent')),
        }),
      enumerable: true,
      configurable: true,
    });
    return next();
  };
}

/** The request's source (requestSource must run first; unknown otherwise). */
export function sourceOf(ctx: Context): RequestSource {
  return (ctx.state.source as RequestSource | undefined) ?? unknownSource;
}
