// Bad input, for every operation of openapi.yaml: requests generated from the spec's own schemas, valid
// and mutated (plus malformed JSON, non-JSON bodies, odd CSV, stale or garbage If-Match, unknown and
// invalid path parameters, a developer's token now and then), and for each one:
//   - no 5xx;
//   - the response matches openapi.yaml (status declared, body valid);
//   - no partial write: a 4xx (or any read) leaves the database exactly as it was, and a 2xx of a
//     mutating operation adds exactly one audit entry.
// Operations run in document order, the destructive ones (deletes, revokes, removals, reverts) last,
// so that the rest hits live resources. Every problem is collected with the request and the response
// that showed it, so one run reports them all. Reproduce with FF_FUZZ_SEED; FF_FUZZ_RUNS sets the count;
// FF_FUZZ_TRACE=<operationId> prints every exchange of that operation, FF_FUZZ_VERBOSE=1 the statuses.
//
// SDK and OFREP operations are sent with SDK keys (mostly of the kind they take), so they are fuzzed past
// authentication; they must leave the management tables untouched and write no audit entry. A request
// built to be valid (the owner or the right key, live resources, a body and query the spec accepts, the
// current ETag) must not be refused with a 400 or 422 unless its problem is one the spec states
// (`x-ff-refusals` on the operation, see `stated`). Bodies nested far deeper, or far larger, than
// any schema allows are sent too: they must be refused cleanly, and the memory of the process (the test
// runs the server in-process) must stay bounded over the whole run. The last test prints how many
// requests were sent.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../generated/operations.ts';
import type { OperationId, OperationSpec } from '../generated/operations.ts';
import { demoOwnerEmail } from '../seed/demo-data.ts';
import { hashSecret } from '../security/secrets.ts';
import { firstEvent, operationFor, startApiFixture } from '../../test/api-fixture.ts';
import type { ApiFixture } from '../../test/api-fixture.ts';
import { validateResponse } from '../../test/contract.ts';
import { mutatedArbitrary, schemaArbitrary } from '../../test/schema-arbitrary.ts';
import { createKey } from '../modules/sdk/test-helpers.ts';
import { listOperations, loadDocument } from './document.ts';
import type { JsonObject, Operation } from './document.ts';

const seed = Number(process.env.FF_FUZZ_SEED ?? 20240611);
const numRuns = Number(process.env.FF_FUZZ_RUNS ?? 16);

const doc = loadDocument();
const specOps = new Map(listOperations(doc).map((op) => [op.operationId!, op]));

/** Run last, in this order, so that everything before them works on resources that still exist. */
const destructive: OperationId[] = [
  'revertAuditEntry',
  'revokeSdkKey',
  'revokeToken',
  'removeMember',
  'deleteSegment',
  'deleteFlag',
  'deleteEnvironment',
  'deleteProject',
];
const ordered = [
  ...(Object.values(operations) as OperationSpec[]).filter(
    (op) => !destructive.includes(op.operationId as OperationId),
  ),
  ...destructive.map((id) => operations[id] as OperationSpec),
];

let fx: ApiFixture;
/** Tokens, keys and memberships the suite acts with: never picked as targets, or later requests would 401. */
const inUse = { tokenIds: [] as string[], userIds: [] as string[], keyIds: [] as string[] };
/** The bearer credential of each actor: API tokens for the management API, SDK keys (of `development`) for the rest. */
const credentials = {} as Record<Who, string>;

// The heap is compared after a full collection, so garbage does not count as growth.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
function heapUsed(): number {
  collect();
  return process.memoryUsage().heapUsed;
}
let heapAtStart = 0;
/** How much the heap may grow over the whole run: caches fill, but a leak or a blow-up per request does not fit. */
const heapGrowthLimit = 96 * 1024 * 1024;
let requestsSent = 0;

beforeAll(async () => {
  fx = await startApiFixture();
  // Keys of `development`: the fuzzed revokes and rotations pick keys of staging and production only.
  const server = await createKey(fx, 'development', 'server');
  const client = await createKey(fx, 'development', 'client');
  Object.assign(credentials, {
    owner: fx.tokens.owner,
    developer: fx.tokens.developer,
    server: server.secret,
    client: client.secret,
  });
  inUse.keyIds = [server.id, client.id];
  const rows = await fx
    .db('api_tokens')
    .whereIn('hash', [hashSecret(fx.tokens.owner), hashSecret(fx.tokens.developer)])
    .select('id', 'user_id');
  inUse.tokenIds = rows.map((r) => r.id);
  inUse.userIds = rows.map((r) => r.user_id);
  heapAtStart = heapUsed();
});
afterAll(() => fx.close());

// ---- the database, summarized --------------------------------------------------------------------

// Per table: row count, the sum of versions where rows have one, a few counts the brief of a write
// cares about, and a hash of the content (minus what reads may touch) for writes that change no count
// or version. The audit log is only counted: it is what a successful write must add to.
const tables: { name: string; version?: boolean; where?: Record<string, string>; ignore?: string[] }[] = [
  { name: 'projects', version: true },
  { name: 'environments', version: true },
  { name: 'flags', version: true },
  { name: 'flag_configs', version: true },
  { name: 'segments', version: true },
  { name: 'segment_members' },
  { name: 'memberships', version: true },
  { name: 'users' },
  // last_used_at moves when a token is used, by design.
  { name: 'api_tokens', where: { revoked: 'revoked_at is not null' }, ignore: ['last_used_at'] },
  { name: 'sdk_keys', where: { revoked: 'revoked_at is not null', expiring: 'expires_at is not null' } },
];
const fingerprintSql = [
  ...tables.flatMap(({ name, version, where = {}, ignore = [] }) => [
    `(select count(*) from ${name})::int as ${name}`,
    ...(version ? [`(select coalesce(sum(version), 0) from ${name})::int as ${name}_versions`] : []),
    ...Object.entries(where).map(
      ([k, cond]) => `(select count(*) from ${name} where ${cond})::int as ${name}_${k}`,
    ),
    `(select md5(coalesce(string_agg(r, ',' order by r), '')) from (select (to_jsonb(t) ${ignore
      .map((c) => `- '${c}'`)
      .join(' ')})::text as r from ${name} t) x) as ${name}_content`,
  ]),
  '(select count(*) from audit_log)::int as audit_log',
].join(',\n');
type Fingerprint = Record<string, number | string>;

async function fingerprint(): Promise<Fingerprint> {
  return (await fx.db.select(fx.db.raw(fingerprintSql)).first()) as Fingerprint;
}

function differences(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys(before)
    .filter((k) => before[k] !== after[k])
    .map((k) => `${k}: ${before[k]} → ${after[k]}`);
}

// ---- requests ------------------------------------------------------------------------------------

type Who = 'owner' | 'developer' | 'server' | 'client';
/** A path parameter: a literal, or the n-th real resource of its kind, looked up when the request is sent. */
type Param = string | { real: number };
type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown; mutated: boolean }
  | { kind: 'raw'; contentType: string | undefined; text: string };
type IfMatch = 'absent' | 'current' | 'stale' | { garbage: string };

/** A query, and whether it was generated from the spec's own schema (valid) or mutated. */
interface Query {
  value: unknown;
  valid: boolean;
}

interface Plan {
  who: Who;
  params: Record<string, Param>;
  query: Query;
  ifMatch: IfMatch;
  body: Body;
}

const world: Record<string, string[]> = {
  project: ['demo'],
  env: ['staging', 'production'],
  // new-checkout is a prerequisite of checkout-flow (archive: 409); banner-config can come and go.
  flag: ['new-checkout', 'banner-config'],
  segment: ['beta-testers'],
};
const hints: Record<string, readonly unknown[]> = {
  key: ['demo', 'staging', 'new-checkout', 'beta-testers'],
  from: ['development', 'staging', 'production'],
  to: ['development', 'staging', 'production'],
  with: ['development', 'production'],
  project: ['demo'],
  flag: ['new-checkout', 'checkout-flow'],
  email: [demoOwnerEmail, 'dev@demo.local'],
  attribute: ['key', 'email', 'country'],
  resource: ['projects/demo', 'projects/demo/flags/new-checkout'],
  actor: [demoOwnerEmail],
  action: ['flag.update', 'project.create'],
};

// Never `.` or `..`: URL normalization would turn the path into another route's.
const invalidKey = fc.oneof(
  fc.constantFrom('Demo', 'a b', '-x', '_x', 'é', 'x'.repeat(129), '%', 'a/b', '*'),
  fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s !== '.' && s !== '..'),
);

function paramArbitrary(name: string, op: Operation): fc.Arbitrary<Param> {
  const schema = op.parameters.find((p) => p.in === 'path' && p.name === name)!.schema!;
  const generated = schemaArbitrary(doc, schema) as fc.Arbitrary<string>;
  if (world[name] !== undefined) {
    return fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...world[name]) },
      { weight: 1, arbitrary: generated },
      { weight: 1, arbitrary: invalidKey },
    );
  }
  // Ids (keys, tokens, members, audit entries): a real one, a well-formed unknown one, or junk.
  return fc.oneof(
    { weight: 6, arbitrary: fc.nat({ max: 50 }).map((n) => ({ real: n })) },
    { weight: 2, arbitrary: generated },
    { weight: 1, arbitrary: fc.constantFrom('0', 'not-an-id', '1'.repeat(19), '-1', 'null') },
  );
}

/** Mostly every parameter names a live resource (so the request gets past routing), else each may not. */
function paramsArbitrary(spec: OperationSpec, op: Operation): fc.Arbitrary<Record<string, Param>> {
  const live = (name: string): fc.Arbitrary<Param> =>
    world[name] ? fc.constantFrom(...world[name]) : fc.nat({ max: 50 }).map((n) => ({ real: n }));
  const record = (arb: (name: string) => fc.Arbitrary<Param>) =>
    fc.record(Object.fromEntries(spec.pathParams.map((name) => [name, arb(name)])));
  return fc.oneof(
    { weight: 3, arbitrary: record(live) },
    { weight: 1, arbitrary: record((name) => paramArbitrary(name, op)) },
  );
}

const malformedJson = fc.constantFrom('{', '{"a":', "{'a':1}", '[1,]', 'nul', '{"a":1}}', '\u0000', '');
// Far deeper or larger than any schema allows: refused before anything walks them (a recursive walk
// over 10,000 levels overflows the stack; a megabyte of keys must not be parsed into memory for nothing).
const hostileJson = fc.oneof(
  fc.integer({ min: 2_000, max: 20_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.integer({ min: 2_000, max: 20_000 }).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
  fc
    .integer({ min: 2_000, max: 5_000 })
    .map((depth) => `{"key":"u","context":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`),
  fc.constant(`{"key":"${'x'.repeat(2 * 1024 * 1024)}"}`),
);
const notJson = fc.record({
  contentType: fc.constantFrom(
    'text/plain',
    'application/x-www-form-urlencoded',
    'application/xml',
    undefined,
  ),
  text: fc.constantFrom('hello', 'a=1&b=2', '<a/>', '{"key":"x"}'),
});
const csvLine = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9._@-]{0,20}$/) },
  { weight: 1, arbitrary: fc.constantFrom('', 'key', '  ', ',') },
  { weight: 1, arbitrary: fc.integer({ min: 513, max: 600 }).map((n) => 'k'.repeat(n)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }).map((s) => `"${s.replaceAll('"', '""')}"`) },
  { weight: 1, arbitrary: fc.constantFrom('"unterminated', 'a,b', 'a;b', '"a""b",c') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
const csv = fc.record({
  contentType: fc.constantFrom(
    'text/csv',
    'text/csv',
    'text/csv',
    'text/csv; charset=utf-8',
    'application/json',
  ),
  text: fc
    .tuple(fc.array(csvLine, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
    .map(([lines, eol, trailing]) => lines.join(eol) + (trailing ? eol : '')),
});

function bodyArbitrary(spec: OperationSpec, op: Operation): fc.Arbitrary<Body> {
  const none = fc.constant<Body>({ kind: 'none' });
  const raw = (a: fc.Arbitrary<{ contentType: string | undefined; text: string }>) =>
    a.map((r): Body => ({ kind: 'raw', ...r }));
  if (spec.requestContentType === 'text/csv') return raw(csv);
  if (spec.requestContentType === null) {
    if (spec.method === 'get') return none;
    // A body where none is expected must be ignored, not trip anything.
    return fc.oneof({ weight: 8, arbitrary: none }, { weight: 1, arbitrary: raw(notJson) });
  }
  const schema = op.requestBody!.content['application/json']!.schema!;
  return fc.oneof(
    {
      weight: 6,
      arbitrary: schemaArbitrary(doc, schema, { hints }).map((value): Body => ({
        kind: 'json',
        value,
        mutated: false,
      })),
    },
    {
      weight: 4,
      arbitrary: mutatedArbitrary(doc, schema, { hints }).map((value): Body => ({
        kind: 'json',
        value,
        mutated: true,
      })),
    },
    { weight: 1, arbitrary: raw(malformedJson.map((text) => ({ contentType: 'application/json', text }))) },
    { weight: 1, arbitrary: raw(hostileJson.map((text) => ({ contentType: 'application/json', text }))) },
    { weight: 1, arbitrary: raw(notJson) },
    { weight: 1, arbitrary: none },
  );
}

function queryArbitrary(op: Operation): fc.Arbitrary<Query> {
  const params = op.parameters.filter((p) => p.in === 'query');
  if (params.length === 0) return fc.constant({ value: undefined, valid: true });
  const schema = (omit: string[]): JsonObject => {
    const kept = params.filter((p) => !omit.includes(p.name));
    return {
      type: 'object',
      required: kept.filter((p) => p.required).map((p) => p.name),
      properties: Object.fromEntries(kept.map((p) => [p.name, p.schema])),
    };
  };
  const query = (arb: fc.Arbitrary<unknown>, valid: boolean) => arb.map((value) => ({ value, valid }));
  return fc.oneof(
    // A cursor the API did not issue is a 400: without one, most valid queries reach the handler.
    { weight: 3, arbitrary: query(schemaArbitrary(doc, schema(['cursor']), { hints }), true) },
    { weight: 1, arbitrary: query(schemaArbitrary(doc, schema([]), { hints }), false) },
    { weight: 1, arbitrary: query(mutatedArbitrary(doc, schema([]), { hints }), false) },
  );
}

const garbageEtag = fc.oneof(
  fc.constantFrom('*', 'W/"1"', '"abc"', '1', '""', '"1", "2"', '"-1"', '"99999999999999999999"'),
  fc.string({ maxLength: 120 }),
);

const sdkKinds: Partial<Record<string, Who[]>> = {
  'sdk:server': ['server'],
  'sdk:client': ['client'],
  'sdk:any': ['server', 'client'],
};

/** Mostly a credential the operation takes; now and then one it refuses (a developer, the wrong key kind). */
function whoArbitrary(spec: OperationSpec): fc.Arbitrary<Who> {
  const right = sdkKinds[spec.permission];
  if (right === undefined) {
    return fc.oneof(
      { weight: 3, arbitrary: fc.constant<Who>('owner') },
      { weight: 1, arbitrary: fc.constant<Who>('developer') },
    );
  }
  const wrong = (['server', 'client', 'owner'] as Who[]).filter((w) => !right.includes(w));
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...right) },
    { weight: 1, arbitrary: fc.constantFrom(...wrong) },
  );
}

function planArbitrary(spec: OperationSpec): fc.Arbitrary<Plan> {
  const op = specOps.get(spec.operationId)!;
  // If-Match by name: other header parameters (the change stream's Last-Event-ID) are no version check.
  const hasIfMatch = op.parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'if-match');
  return fc.record({
    who: whoArbitrary(spec),
    params: paramsArbitrary(spec, op),
    query: queryArbitrary(op),
    ifMatch: hasIfMatch
      ? fc.oneof(
          { weight: 2, arbitrary: fc.constant<IfMatch>('absent') },
          { weight: 5, arbitrary: fc.constant<IfMatch>('current') },
          { weight: 1, arbitrary: fc.constant<IfMatch>('stale') },
          { weight: 1, arbitrary: garbageEtag.map((garbage): IfMatch => ({ garbage })) },
        )
      : fc.constant<IfMatch>('absent'),
    body: bodyArbitrary(spec, op),
  });
}

// ---- sending -------------------------------------------------------------------------------------

/** The real ids a `{ real: n }` parameter picks from (empty: it falls back to an unknown id). */
async function realIds(name: string, params: Record<string, string>): Promise<string[]> {
  const org = fx.organizationId;
  switch (name) {
    case 'keyId':
      return (
        await fx
          .db('sdk_keys as k')
          .join('environments as e', 'e.id', 'k.environment_id')
          .join('projects as p', 'p.id', 'e.project_id')
          .where({ 'p.organization_id': org, 'p.key': params.project ?? '', 'e.key': params.env ?? '' })
          .whereNotIn('k.id', inUse.keyIds)
          .orderBy('k.created_at', 'desc')
          .select('k.id')
      ).map((r) => r.id);
    case 'tokenId':
      return (
        await fx
          .db('api_tokens')
          .where({ organization_id: org })
          .whereNotIn('id', inUse.tokenIds)
          .orderBy('created_at', 'desc')
          .select('id')
      ).map((r) => r.id);
    case 'memberId':
      return (
        await fx
          .db('memberships')
          .where({ organization_id: org })
          .whereNotIn('user_id', inUse.userIds)
          .orderBy('created_at', 'desc')
          .select('id')
      ).map((r) => r.id);
    case 'entryId':
      return (
        await fx.db('audit_log').where({ organization_id: org }).orderBy('id', 'desc').limit(60).select('id')
      ).map((r) => String(r.id));
  }
  return [];
}

async function resolvePath(spec: OperationSpec, plan: Plan): Promise<string> {
  const values: Record<string, string> = {};
  for (const name of spec.pathParams) {
    const p = plan.params[name]!;
    if (typeof p === 'string') values[name] = p;
    else {
      const ids = await realIds(name, values);
      values[name] =
        ids.length > 0
          ? ids[p.real % ids.length]!
          : name === 'entryId'
            ? '999999999'
            : '00000000-0000-4000-8000-000000000000';
    }
  }
  let path = spec.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name]!));
  const query = plan.query.value;
  if (query !== undefined) {
    const search = new URLSearchParams();
    if (query !== null && typeof query === 'object' && !Array.isArray(query)) {
      for (const [k, v] of Object.entries(query)) {
        if (v !== undefined) search.append(k, typeof v === 'string' ? v : JSON.stringify(v));
      }
    } else search.append('q', JSON.stringify(query) ?? '');
    if (search.size > 0) path += `?${search}`;
  }
  return path;
}

/** The ETag a write to `path` would be checked against, read with the owner's token (undefined: none). */
async function currentEtag(spec: OperationSpec, path: string, body: Body): Promise<string | undefined> {
  const get = async (p: string) => {
    const abort = new AbortController();
    const res = await fetch(fx.url + p, {
      headers: { authorization: `Bearer ${fx.tokens.owner}` },
      signal: abort.signal,
    });
    const text = await readBody(res, abort);
    return { ok: res.ok, etag: res.headers.get('etag') ?? undefined, text };
  };
  const bare = path.split('?')[0]!;
  if (spec.operationId === 'updateMember') {
    const res = await get('/api/v1/members');
    if (!res.ok) return undefined;
    const id = decodeURIComponent(bare.split('/').pop()!);
    const member = (JSON.parse(res.text) as { items: { id: string; version: number }[] }).items.find(
      (m) => m.id === id,
    );
    return member ? `"${member.version}"` : undefined;
  }
  if (spec.operationId === 'copyFlagConfig') {
    const to = body.kind === 'json' ? (body.value as { to?: unknown } | null)?.to : undefined;
    return typeof to === 'string'
      ? (await get(`${bare.replace(/\/copy$/, '')}/environments/${encodeURIComponent(to)}`)).etag
      : undefined;
  }
  // The resource itself, or (for /archive, /members …) the one it belongs to.
  for (const candidate of [bare, bare.replace(/\/[^/]+$/, '')]) {
    if (!operationFor('get', candidate)) continue;
    const res = await get(candidate);
    if (res.etag) return res.etag;
  }
  return undefined;
}

interface Exchange {
  request: { method: string; path: string; headers: Record<string, string>; body?: string };
  response: { status: number; headers: Record<string, string>; body: string };
  violations: string[];
}

/** The body, or for an event stream (which never ends) its first event, after which the request is aborted. */
async function readBody(res: globalThis.Response, abort: AbortController): Promise<string> {
  if (!(res.headers.get('content-type') ?? '').startsWith('text/event-stream')) return res.text();
  return firstEvent(res, abort);
}

/** Whether every part of the plan is one the operation accepts, so only the resources' state can refuse it. */
function isValid(spec: OperationSpec, plan: Plan): boolean {
  const right = sdkKinds[spec.permission] ?? ['owner'];
  const live = Object.entries(plan.params).every(
    ([name, p]) => typeof p !== 'string' || (world[name]?.includes(p) ?? false),
  );
  const body =
    plan.body.kind === 'json'
      ? !plan.body.mutated
      : plan.body.kind === 'none' && (spec.requestContentType === null || !spec.bodyRequired);
  const ifMatch = plan.ifMatch === 'current' || (plan.ifMatch === 'absent' && !spec.ifMatchRequired);
  return right.includes(plan.who) && live && plan.query.valid && body && ifMatch;
}

async function send(spec: OperationSpec, plan: Plan): Promise<Exchange> {
  const path = await resolvePath(spec, plan);
  const headers: Record<string, string> = {};
  if (plan.ifMatch !== 'absent') {
    const etag = await currentEtag(spec, path, plan.body);
    if (plan.ifMatch === 'current') headers['if-match'] = etag ?? '"1"';
    else if (plan.ifMatch === 'stale')
      headers['if-match'] = etag ? `"${Number(etag.replaceAll('"', '')) - 1}"` : '"999999"';
    else headers['if-match'] = plan.ifMatch.garbage;
  }
  let text: string | undefined;
  if (plan.body.kind === 'json') {
    text = JSON.stringify(plan.body.value);
    if (text !== undefined) headers['content-type'] = 'application/json';
  } else if (plan.body.kind === 'raw') {
    text = plan.body.text;
    if (plan.body.contentType) headers['content-type'] = plan.body.contentType;
  }
  const method = spec.method.toUpperCase();
  const abort = new AbortController();
  const res = await fetch(fx.url + path, {
    method,
    headers: { ...headers, authorization: `Bearer ${credentials[plan.who]}` },
    body: text,
    signal: abort.signal,
  });
  requestsSent++;
  const responseText = await readBody(res, abort);
  const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
  // Parsed as JSON only for JSON media types (ndjson stays text, as the spec declares it).
  const json = type === 'application/json' || type.endsWith('+json');
  let parsed: unknown = responseText;
  const violations: string[] = [];
  try {
    if (json && responseText !== '') parsed = JSON.parse(responseText);
  } catch {
    violations.push(`a ${type} body that is not JSON`);
  }
  const matched = operationFor(method, path);
  if (matched)
    violations.push(...validateResponse(matched.operationId as OperationId, res.status, res.headers, parsed));
  return {
    request: { method, path, headers: { ...headers, authorization: `Bearer <${plan.who}>` }, body: text },
    response: { status: res.status, headers: Object.fromEntries(res.headers), body: responseText },
    violations,
  };
}

function show(x: Exchange): string {
  const cut = (s: string | undefined) =>
    s === undefined ? '(none)' : s.length > 800 ? `${s.slice(0, 800)}…` : s;
  const resHeaders = Object.fromEntries(
    Object.entries(x.response.headers).filter(([k]) => ['content-type', 'etag', 'location'].includes(k)),
  );
  return [
    `  request:  ${x.request.method} ${x.request.path}`,
    `  headers:  ${JSON.stringify(x.request.headers)}`,
    `  body:     ${cut(x.request.body)}`,
    `  response: ${x.response.status} ${JSON.stringify(resHeaders)}`,
    `  body:     ${cut(x.response.body)}`,
  ].join('\n');
}

// ---- the property --------------------------------------------------------------------------------

const statuses: Record<string, Record<number, number>> = {};
/** How many requests built to be valid each operation was sent. */
const validSent: Record<string, number> = {};

function problemOf(x: Exchange): string {
  try {
    const p = JSON.parse(x.response.body) as { type?: string; title?: string; detail?: string };
    return `${p.type ?? ''} ${p.title ?? ''}: ${p.detail ?? ''}`;
  } catch {
    return x.response.body.slice(0, 200);
  }
}

/** Rules every operation applies (openapi.yaml's RefusalRule says so), so none lists them. */
const everywhere = ['storable-text', 'nesting-depth'];

/**
 * Whether a refusal of a valid request is one the spec states: every issue names a rule (openapi.yaml's
 * RefusalRule) that the operation lists in `x-ff-refusals`, or one that every operation applies. An issue without a rule is the schemas refusing what they generated: the spec and the
 * validation disagree.
 */
function stated(spec: OperationSpec, x: Exchange): boolean {
  let errors: { rule?: string }[] | undefined;
  try {
    const body = JSON.parse(x.response.body) as { errors?: { rule?: string }[]; errorDetails?: string };
    // OFREP's error shape has no list of issues: each `path: message (rule r)` part of errorDetails is one.
    errors =
      body.errors ??
      body.errorDetails?.split('; ').map((part) => ({ rule: / \(rule ([a-z-]+)\)$/.exec(part)?.[1] }));
  } catch {
    return false;
  }
  const allowed: readonly string[] = [...spec.refusals, ...everywhere];
  return (
    errors !== undefined &&
    errors.length > 0 &&
    errors.every((e) => e.rule !== undefined && allowed.includes(e.rule))
  );
}

describe('fuzz: every operation of openapi.yaml with generated and mutated requests', () => {
  it.each(
    ordered.map(
      (spec, i) => [`${spec.operationId} (${spec.method.toUpperCase()} ${spec.path})`, spec, i] as const,
    ),
  )('%s', async (_, spec, i) => {
    const plans = fc.sample(planArbitrary(spec), { seed: seed + i, numRuns });
    const problems = new Map<string, { count: number; detail: string }>();
    const note = (kind: string, x: Exchange, detail: string) => {
      // One entry per kind of problem: numbers (counts, ids, versions) vary between occurrences.
      const key = `${kind} ${x.response.status} ${detail.replace(/\d+/g, '#')}`;
      const seen = problems.get(key);
      if (seen) seen.count++;
      else problems.set(key, { count: 1, detail: `${kind} (${detail})\n${show(x)}` });
    };
    const counts: Record<number, number> = (statuses[spec.operationId] = {});
    let valid = 0;
    for (const plan of plans) {
      const before = await fingerprint();
      const x = await send(spec, plan);
      const after = await fingerprint();
      const status = x.response.status;
      counts[status] = (counts[status] ?? 0) + 1;
      if (process.env.FF_FUZZ_TRACE === spec.operationId) console.info(show(x));
      // A 5xx is never declared: one problem, with whatever else the contract check said.
      if (status >= 500) note('server error', x, [`status ${status}`, ...x.violations].join('; '));
      else if (x.violations.length > 0) note('spec violation', x, x.violations.join('; '));
      const changed = differences(before, after);
      if (status >= 400 && changed.length > 0) note('partial write', x, changed.join(', '));
      // SDK operations read flags and record telemetry; they never change what the management API owns.
      const reads = spec.method === 'get' || sdkKinds[spec.permission] !== undefined;
      if (status < 300 && reads && changed.length > 0) note('a read that wrote', x, changed.join(', '));
      // `FF-Changed: false`: the write asked for what already is, so nothing at all may be written.
      const unchanged = x.response.headers['ff-changed'] === 'false';
      if (status < 300 && !reads && unchanged && changed.length > 0)
        note('a no-op that wrote', x, changed.join(', '));
      const audited = Number(before.audit_log) + (unchanged ? 0 : 1);
      if (status < 300 && !reads && after.audit_log !== audited) {
        note('audit', x, `audit entries ${before.audit_log} → ${after.audit_log}, expected ${audited}`);
      }
      if (isValid(spec, plan)) {
        valid++;
        if ((status === 400 || status === 422) && !stated(spec, x))
          note('a valid request refused for a reason the spec does not state', x, problemOf(x));
      }
    }
    const report = [...problems.values()].map((p) => `${p.count}× ${p.detail}`);
    validSent[spec.operationId] = valid;
    expect(report, `seed ${seed + i} (FF_FUZZ_SEED=${seed}); statuses ${JSON.stringify(counts)}`).toEqual([]);
  });

  it('fuzzed every operation of the spec, SDK operations past authentication', () => {
    if (process.env.FF_FUZZ_VERBOSE) console.info(statuses, validSent);
    const ids = Object.keys(operations);
    const total = Object.values(statuses).reduce(
      (n, counts) => n + Object.values(counts).reduce((a, b) => a + b, 0),
      0,
    );
    const valid = Object.values(validSent).reduce((a, b) => a + b, 0);
    console.info(
      `fuzz: ${requestsSent} requests sent (${total} fuzzed, ${valid} of them valid) to ${ids.length} operations, seed ${seed}, ${numRuns} runs each`,
    );
    expect(ids.filter((id) => statuses[id] === undefined)).toEqual([]);
    // An SDK operation that only ever answered 401 was not fuzzed at all.
    const sdkOps = ids.filter((id) => sdkKinds[operations[id as OperationId].permission] !== undefined);
    expect(sdkOps.filter((id) => Object.keys(statuses[id]!).every((st) => st === '401'))).toEqual([]);
  });

  it('kept the memory of the process bounded', () => {
    const growth = heapUsed() - heapAtStart;
    console.info(`fuzz: heap grew by ${(growth / 1024 / 1024).toFixed(1)} MiB over the run`);
    expect(growth).toBeLessThan(heapGrowthLimit);
  });
});
