import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture();
});
afterAll(() => fx?.close());

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parse(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const [, k, v] of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[k!] = v!;
    samples.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return samples;
}

async function scrape(): Promise<{ text: string; samples: Sample[] }> {
  const res = await fx.call('anonymous', 'GET', '/metrics');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  return { text: res.body as string, samples: parse(res.body as string) };
}

function value(samples: Sample[], name: string, labels: Record<string, string>): number {
  const found = samples.find(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
  return found?.value ?? 0;
}

describe('GET /metrics', () => {
  it('counts requests by method, route template and status, errors included', async () => {
    const before = (await scrape()).samples;
    const me = { method: 'GET', route: '/api/v1/me', status: '200' };
    const missing = { method: 'GET', route: '/api/v1/projects/:project', status: '404' };
    const unauthorized = { method: 'GET', route: '/api/v1/me', status: '401' };

    for (let i = 0; i < 3; i++) expect((await fx.call('viewer', 'GET', '/api/v1/me')).status).toBe(200);
    expect((await fx.call('viewer', 'GET', '/api/v1/projects/no-such-project-xyz')).status).toBe(404);
    expect((await fx.call('anonymous', 'GET', '/api/v1/me')).status).toBe(401);
    expect((await fetch(`${fx.url}/not/a/route/abc123`)).status).toBe(404);

    const { text, samples } = await scrape();
    expect(value(samples, 'http_requests_total', me) - value(before, 'http_requests_total', me)).toBe(3);
    expect(
      value(samples, 'http_requests_total', missing) - value(before, 'http_requests_total', missing),
    ).toBe(1);
    expect(
      value(samples, 'http_requests_total', unauthorized) -
        value(before, 'http_requests_total', unauthorized),
    ).toBe(1);
    const unmatched = { method: 'GET', route: 'unmatched', status: '404' };
    expect(
      value(samples, 'http_requests_total', unmatched) - value(before, 'http_requests_total', unmatched),
    ).toBe(1);
    expect(
      value(samples, 'http_request_duration_seconds_count', me) -
        value(before, 'http_request_duration_seconds_count', me),
    ).toBe(3);
    expect(
      value(samples, 'http_request_duration_seconds_bucket', { ...me, le: '+Inf' }),
    ).toBeGreaterThanOrEqual(3);

    // Labels are templates: no raw path, id or key of a request reaches the metrics.
    expect(text).not.toContain('no-such-project-xyz');
    expect(text).not.toContain('abc123');
    const routes = new Set(
      samples.filter((s) => s.name === 'http_requests_total').map((s) => s.labels.route),
    );
    for (const route of routes) expect(route === 'unmatched' || route!.startsWith('/')).toBe(true);
    expect([...routes].every((r) => !/\/[0-9a-f-]{36}/.test(r!))).toBe(true);
  });

  it('labels requests with ids by their template', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await fx.call('admin', 'DELETE', `/api/v1/tokens/${unknown}`)).status).toBe(404);
    const { text, samples } = await scrape();
    expect(value(samples, 'http_requests_total', { route: '/api/v1/tokens/:tokenId', status: '404' })).toBe(
      1,
    );
    expect(text).not.toContain(unknown);
  });

  it('reports the database pool and the process', async () => {
    const { samples } = await scrape();
    const names = new Set(samples.map((s) => s.name));
    for (const name of [
      'db_pool_used_connections',
      'db_pool_free_connections',
      'db_pool_pending_acquires',
      'db_pool_max_connections',
      'process_cpu_user_seconds_total',
      'nodejs_heap_size_used_bytes',
    ]) {
      expect(names, name).toContain(name);
    }
    expect(value(samples, 'db_pool_max_connections', {})).toBeGreaterThanOrEqual(1);
    expect(value(samples, 'db_pool_pending_acquires', {})).toBe(0);
  });
});
