// A running API on its own database, seeded with the demo organization plus one token per role and a
// second organization, for http tests of the management API. Every response seen through `call` is
// checked against openapi.yaml, so a route that drifts from the spec fails the test that exercised it.
import type { Db } from '../src/db/knex.ts';
import { operations } from '../src/generated/operations.ts';
import type { OperationId, OperationSpec } from '../src/generated/operations.ts';
import type { Role } from '../src/http/principal.ts';
import { seedDemo } from '../src/seed/seed.ts';
import { generateToken } from '../src/security/secrets.ts';
import { validateResponse } from './contract.ts';
import { startTestServer } from './server.ts';
import type { TestAppOptions } from './server.ts';

export type Who = 'owner' | 'admin' | 'projectAdmin' | 'developer' | 'viewer' | 'otherOrg' | 'anonymous';

export interface Response<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  /** The operation of openapi.yaml this request matched, if any. */
  operationId: OperationId | undefined;
}

export interface CallOptions {
  body?: unknown;
  /** Sent as is (e.g. CSV text) instead of JSON. */
  rawBody?: string | Uint8Array;
  headers?: Record<string, string>;
}

export interface ApiFixture {
  url: string;
  db: Db;
  organizationId: string;
  tokens: Record<Exclude<Who, 'anonymous'>, string>;
  call<T = any>(who: Who, method: string, path: string, opts?: CallOptions): Promise<Response<T>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  close(): Promise<void>;
}

const matchers = (Object.values(operations) as OperationSpec[]).map((op) => ({
  op,
  regex: new RegExp('^' + op.koaPath.replace(/:[A-Za-z]+/g, '[^/]+') + '$'),
}));

/** The spec operation a method and path resolve to (what the router would pick). */
export function operationFor(method: string, path: string): OperationSpec | undefined {
  const bare = path.split('?')[0]!;
  return matchers.find((m) => m.op.method === method.toLowerCase() && m.regex.test(bare))?.op;
}

/** An event stream never ends: its text up to the first event (or comment), after which the request is aborted. */
export async function firstEvent(res: globalThis.Response, abort: AbortController): Promise<string> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!text.includes('\n\n')) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  abort.abort();
  return text;
}

async function addUser(
  db: Db,
  organizationId: string,
  email: string,
  role: Role,
  projectId?: string,
): Promise<string> {
  const [user] = await db('users')
    .insert({ email, name: email.split('@')[0] })
    .returning('id');
  await db('memberships').insert({
    organization_id: organizationId,
    user_id: user.id,
    role,
    project_id: projectId ?? null,
    status: 'active',
  });
  const token = generateToken('personal');
  await db('api_tokens').insert({
    organization_id: organizationId,
    user_id: user.id,
    kind: 'personal',
    name: `${role} token`,
    prefix: token.prefix,
    hash: token.hash,
  });
  return token.secret;
}

export interface FixtureData {
  organizationId: string;
  tokens: ApiFixture['tokens'];
}

/** Seeds the demo, one user and token per role, and a second organization that also has a `demo` project. */
export async function seedFixtureData(db: Db): Promise<FixtureData> {
  const seed = await seedDemo(db);
  if (!seed.seeded) throw new Error('the test database was not empty');
  const org = await db('organizations').first('id');
  const project = await db('projects').where({ organization_id: org.id, key: 'demo' }).first('id');

  // A second organization with a project of the same key: its tokens must see none of the first one's.
  const [other] = await db('organizations').insert({ key: 'other', name: 'Other Inc' }).returning('id');
  await db('projects').insert({ organization_id: other.id, key: 'demo', name: 'Other demo' });

  const tokens = {
    owner: seed.apiToken,
    admin: await addUser(db, org.id, 'admin@demo.local', 'admin'),
    projectAdmin: await addUser(db, org.id, 'pa@demo.local', 'project_admin', project.id),
    developer: await addUser(db, org.id, 'dev@demo.local', 'developer'),
    viewer: await addUser(db, org.id, 'viewer@demo.local', 'viewer'),
    otherOrg: await addUser(db, other.id, 'owner@other.local', 'owner'),
  };
  return { organizationId: org.id, tokens };
}

export async function startApiFixture(opts: { app?: TestAppOptions } = {}): Promise<ApiFixture> {
  const server = await startTestServer({ app: opts.app });
  const { db } = server;
  const { organizationId, tokens } = await seedFixtureData(db);

  return {
    url: server.url,
    db,
    organizationId,
    tokens,
    async call(who, method, path, opts = {}) {
      const headers: Record<string, string> = { ...opts.headers };
      if (who !== 'anonymous') headers.authorization = `Bearer ${tokens[who]}`;
      let body: string | Uint8Array | undefined;
      if (opts.rawBody !== undefined) body = opts.rawBody;
      else if (opts.body !== undefined) {
        body = JSON.stringify(opts.body);
        headers['content-type'] ??= 'application/json';
      }
      const abort = new AbortController();
      const res = await fetch(server.url + path, {
        method: method.toUpperCase(),
        headers,
        body,
        signal: abort.signal,
      });
      const type = res.headers.get('content-type') ?? '';
      const text = type.startsWith('text/event-stream') ? await firstEvent(res, abort) : await res.text();
      // JSON and +json media types, not NDJSON (application/x-ndjson is text: one document per line).
      const isJson = /^application\/(?:[\w.-]+\+)?json(?:\s*;|$)/.test(type);
      const parsed: unknown = isJson && text !== '' ? JSON.parse(text) : text;
      const op = operationFor(method, path);
      if (op) {
        const issues = validateResponse(op.operationId as OperationId, res.status, res.headers, parsed);
        if (issues.length > 0) {
          throw new Error(
            `${method} ${path} → ${res.status} violates openapi.yaml (${op.operationId}):\n  ` +
              issues.join('\n  ') +
              `\nbody: ${text.slice(0, 2000)}`,
          );
        }
      }
      return {
        status: res.status,
        headers: res.headers,
        body: parsed as never,
        operationId: op?.operationId as OperationId | undefined,
      };
    },
    close: () => server.close(),
  };
}
