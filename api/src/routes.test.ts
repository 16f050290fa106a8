// openapi.yaml is the contract: every operation it specifies is mounted on a real handler, and nothing
// is mounted that it does not specify. Read from the spec itself, not the generated table, so a stale
// generation cannot hide a difference.
import { readFileSync } from 'node:fs';
import type Router from '@koa/router';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { allHandlers, createApp } from './app.ts';
import { createDb } from './db/knex.ts';
import { createLogger } from './logger.ts';

const spec = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { operationId?: string }>>;
};
const methods = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace'];
const specified = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => methods.includes(method))
    .map(([method, op]) => ({
      route: `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
      operationId: op.operationId ?? '(none)',
    })),
);

// Building the app opens nothing: the embedded database starts on first query.
const deps = { db: createDb({ dataDir: 'memory://' }), logger: createLogger({ level: 'silent' }) };
const app = createApp(deps);
type Layer = { path: string; methods: string[]; name: string | null };
const mounted = app.middleware
  .map((mw) => (mw as { router?: Router }).router)
  .filter((r): r is Router => r !== undefined)
  .flatMap((r) => r.stack as unknown as Layer[])
  .flatMap((layer) => layer.methods.filter((m) => m !== 'HEAD').map((m) => `${m} ${layer.path}`));

describe('openapi.yaml and the mounted routes', () => {
  it('mounts every specified operation', () => {
    const missing = specified.filter((s) => !mounted.includes(s.route)).map((s) => s.route);
    expect(missing).toEqual([]);
  });

  it('mounts nothing the spec does not specify', () => {
    const routes = new Set(specified.map((s) => s.route));
    expect(mounted.filter((m) => !routes.has(m))).toEqual([]);
  });

  it('has a handler for every operation (none answers 501)', () => {
    const handlers = allHandlers(deps) as Record<string, unknown>;
    const unhandled = specified.filter((s) => typeof handlers[s.operationId] !== 'function');
    expect(unhandled.map((s) => s.operationId)).toEqual([]);
  });

  it('has no handler for an operation the spec does not have', () => {
    const ids = new Set(specified.map((s) => s.operationId));
    expect(Object.keys(allHandlers(deps)).filter((id) => !ids.has(id))).toEqual([]);
  });
});
