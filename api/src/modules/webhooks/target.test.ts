// The address classification behind the webhook target policy: a table of addresses, each blocked (with
// the range named) or allowed, in IPv4, IPv6 and IPv4-mapped IPv6 forms; and the check made when a
// webhook is saved.
import { describe, expect, it } from 'vitest';
import { blockedRange, targetIssue } from './target.ts';

const table: [string, RegExp | null][] = [
  ['0.0.0.0', /unspecified/],
  ['0.1.2.3', /unspecified/],
  ['10.0.0.1', /private \(10/],
  ['100.64.0.1', /CGNAT/],
  ['100.127.255.255', /CGNAT/],
  ['100.128.0.1', null],
  ['127.0.0.1', /loopback/],
  ['127.255.255.254', /loopback/],
  ['169.254.169.254', /link-local and cloud metadata/],
  ['172.15.255.255', null],
  ['172.16.0.1', /private \(172/],
  ['172.31.255.255', /private \(172/],
  ['172.32.0.1', null],
  ['192.168.1.1', /private \(192\.168/],
  ['192.0.0.8', /IETF/],
  ['198.18.0.1', /benchmarking/],
  ['224.0.0.1', /multicast/],
  ['239.255.255.250', /multicast/],
  ['255.255.255.255', /broadcast/],
  ['8.8.8.8', null],
  ['1.1.1.1', null],
  ['93.184.216.34', null],
  ['::', /unspecified/],
  ['::1', /loopback \(::1\)/],
  ['::ffff:127.0.0.1', /loopback.*IPv4-mapped/],
  ['::ffff:7f00:1', /loopback.*IPv4-mapped/],
  ['[::ffff:127.0.0.1]', /loopback.*IPv4-mapped/],
  ['::ffff:169.254.169.254', /cloud metadata.*IPv4-mapped/],
  ['::ffff:a9fe:a9fe', /cloud metadata.*IPv4-mapped/],
  ['::ffff:10.1.2.3', /private.*IPv4-mapped/],
  ['::ffff:8.8.8.8', null],
  ['::127.0.0.1', /IPv4-compatible/],
  ['64:ff9b::127.0.0.1', /loopback.*NAT64/],
  ['64:ff9b::8.8.8.8', null],
  ['2002:7f00:1::', /loopback.*6to4/],
  ['fc00::1', /unique local/],
  ['fd12:3456::1', /unique local/],
  ['fe80::1', /link-local \(fe80/],
  ['fe80::1%eth0', /link-local \(fe80/],
  ['febf::1', /link-local \(fe80/],
  ['fec0::1', /site-local/],
  ['ff02::1', /multicast/],
  ['2001:db8::1', /documentation/],
  ['2606:4700:4700::1111', null],
  ['2001:4860:4860::8888', null],
];

describe('blockedRange', () => {
  it.each(table)('%s → %s', (ip, expected) => {
    const got = blockedRange(ip);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toMatch(expected);
  });

  it('throws on what is not an IP address', () => {
    expect(() => blockedRange('localhost')).toThrow(/not an IP/);
  });
});

describe('targetIssue (when a webhook is saved)', () => {
  it.each([
    ['http://169.254.169.254/latest/meta-data', /169\.254\.169\.254 is link-local and cloud metadata/],
    ['http://127.0.0.1:8080/hook', /loopback/],
    // The URL parser's own normal forms: decimal and hex IPv4, IPv4-mapped IPv6.
    ['http://2130706433/', /127\.0\.0\.1 is loopback/],
    ['http://0x7f.1/', /127\.0\.0\.1 is loopback/],
    ['http://[::ffff:127.0.0.1]/', /loopback.*IPv4-mapped/],
    ['http://[::1]:9000/', /loopback/],
    ['http://[fd00::5]/', /unique local/],
    ['ftp://hooks.example.com/', /must be http or https/],
    ['file:///etc/passwd', /must be http or https/],
    ['not a url', /absolute http or https URL/],
  ])('refuses %s', (url, expected) => {
    expect(targetIssue(url, false)).toMatch(expected);
  });

  it.each([
    'https://hooks.example.com/ff',
    'http://8.8.8.8/hook',
    'https://[2606:4700::1]/x',
    'http://localhost/',
  ])('accepts %s (host names are judged at delivery)', (url) => {
    expect(targetIssue(url, false)).toBeNull();
  });

  it('accepts private literals when the operator allows them, but never another scheme', () => {
    expect(targetIssue('http://127.0.0.1:8080/hook', true)).toBeNull();
    expect(targetIssue('http://[::ffff:127.0.0.1]/', true)).toBeNull();
    expect(targetIssue('gopher://127.0.0.1/', true)).toMatch(/must be http or https/);
  });
});
