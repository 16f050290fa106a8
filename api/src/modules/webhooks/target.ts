// Which addresses a webhook may be delivered to. A webhook URL is chosen by a project admin, but the
// request leaves from the API's own network: without this, a URL could reach the operator's loopback
// services, private networks or the cloud metadata endpoint (169.254.169.254), i.e. server-side request
// forgery. Pure: no DNS here (delivery.ts resolves, then asks `blockedRange` about every address).
import { isIP } from 'node:net';

interface Range4 {
  base: number;
  bits: number;
  name: string;
}

const v4 = (a: number, b: number, c: number, d: number) => ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;

// Not reachable or not meant for the public internet (RFC 6890 and friends).
const blocked4: Range4[] = [
  { base: v4(0, 0, 0, 0), bits: 8, name: 'unspecified (0.0.0.0/8)' },
  { base: v4(10, 0, 0, 0), bits: 8, name: 'private (10.0.0.0/8)' },
  { base: v4(100, 64, 0, 0), bits: 10, name: 'shared CGNAT (100.64.0.0/10)' },
  { base: v4(127, 0, 0, 0), bits: 8, name: 'loopback (127.0.0.0/8)' },
  { base: v4(169, 254, 0, 0), bits: 16, name: 'link-local and cloud metadata (169.254.0.0/16)' },
  { base: v4(172, 16, 0, 0), bits: 12, name: 'private (172.16.0.0/12)' },
  { base: v4(192, 0, 0, 0), bits: 24, name: 'IETF protocol assignments (192.0.0.0/24)' },
  { base: v4(192, 0, 2, 0), bits: 24, name: 'documentation (192.0.2.0/24)' },
  { base: v4(192, 168, 0, 0), bits: 16, name: 'private (192.168.0.0/16)' },
  { base: v4(198, 18, 0, 0), bits: 15, name: 'benchmarking (198.18.0.0/15)' },
  { base: v4(198, 51, 100, 0), bits: 24, name: 'documentation (198.51.100.0/24)' },
  { base: v4(203, 0, 113, 0), bits: 24, name: 'documentation (203.0.113.0/24)' },
  { base: v4(224, 0, 0, 0), bits: 4, name: 'multicast (224.0.0.0/4)' },
  { base: v4(240, 0, 0, 0), bits: 4, name: 'reserved and broadcast (240.0.0.0/4)' },
];

function parse4(ip: string): number {
  const [a, b, c, d] = ip.split('.').map(Number) as [number, number, number, number];
  return v4(a, b, c, d);
}

function blocked4Of(n: number): string | null {
  for (const r of blocked4) {
    const mask = r.bits === 0 ? 0 : (~0 << (32 - r.bits)) >>> 0;
    if ((n & mask) >>> 0 === r.base) return r.name;
  }
  return null;
}

/** An IPv6 address (already valid per isIP) as its eight 16-bit groups. */
function parse6(ip: string): number[] {
  let s = ip.replace(/%.*$/, '').toLowerCase();
  // A trailing dotted quad (::ffff:127.0.0.1) is the last two groups.
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (quad) {
    const n = parse4(quad[1]!);
    s = `${s.slice(0, -quad[1]!.length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = s.includes('::') ? (s.split('::') as [string, string]) : [s, undefined];
  const h = head === '' ? [] : head.split(':');
  const t = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = tail === undefined ? h : [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
  return groups.map((g) => parseInt(g, 16));
}

const embedded4 = (g: number[], at: number) => (((g[at]! << 16) | g[at + 1]!) >>> 0) as number;

function blocked6Of(g: number[]): string | null {
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(8)) return 'unspecified (::)';
  if (zeroUpTo(7) && g[7] === 1) return 'loopback (::1)';
  // IPv4-mapped (::ffff:a.b.c.d): the socket connects to the IPv4 address, so judge that.
  if (zeroUpTo(5) && g[5] === 0xffff) {
    const r = blocked4Of(embedded4(g, 6));
    return r && `${r} as IPv4-mapped IPv6`;
  }
  if (zeroUpTo(6)) return 'IPv4-compatible IPv6 (::/96)';
  // NAT64 (64:ff9b::/96) reaches the embedded IPv4 address through the gateway.
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) {
    const r = blocked4Of(embedded4(g, 6));
    return r && `${r} through NAT64`;
  }
  if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 1) return 'local NAT64 (64:ff9b:1::/48)';
  if (g[0] === 0x2002) {
    const r = blocked4Of(embedded4(g, 1));
    return r && `${r} through 6to4`;
  }
  if (g[0] === 0x100 && g.slice(1, 4).every((x) => x === 0)) return 'discard (100::/64)';
  if (g[0] === 0x2001 && g[1] === 0) return 'Teredo (2001::/32)';
  if (g[0] === 0x2001 && g[1] === 0xdb8) return 'documentation (2001:db8::/32)';
  if ((g[0]! & 0xfe00) === 0xfc00) return 'unique local (fc00::/7)';
  if ((g[0]! & 0xffc0) === 0xfe80) return 'link-local (fe80::/10)';
  if ((g[0]! & 0xffc0) === 0xfec0) return 'site-local (fec0::/10)';
  if ((g[0]! & 0xff00) === 0xff00) return 'multicast (ff00::/8)';
  return null;
}

/** The blocked range `ip` is in (a readable name), or null for a public address; not an IP: throws. */
export function blockedRange(ip: string): string | null {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  const family = isIP(bare.replace(/%.*$/, ''));
  if (family === 4) return blocked4Of(parse4(bare));
  if (family === 6) return blocked6Of(parse6(bare));
  throw new TypeError(`not an IP address: ${ip}`);
}

/** A URL's host as an IP literal (brackets off), or null for a host name. */
export function literalIp(url: URL): string | null {
  const h = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  return isIP(h) ? h : null;
}

/**
 * Why a webhook URL is refused when it is saved, or null: http(s) only, and a literal IP must not be in
 * a blocked range unless private targets are allowed. Host names are judged at each delivery (their
 * addresses can change), by delivery.ts.
 */
export function targetIssue(url: string, allowPrivate: boolean): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'must be an absolute http or https URL';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return `must be http or https (got ${u.protocol})`;
  const ip = literalIp(u);
  const range = ip === null || allowPrivate ? null : blockedRange(ip);
  return range
    ? `${ip} is ${range}: webhooks may not target it (the operator can allow private targets with FF_WEBHOOK_ALLOW_PRIVATE=1)`
    : null;
}
