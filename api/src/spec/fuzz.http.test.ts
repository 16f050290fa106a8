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
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../generated/operations.ts';
import type { OperationId, OperationSpec } from '../generated/operations.ts';
import { validators } from '../generated/validators.js';
import { demoOwnerEmail } from '../seed/demo-data.ts';
import { hashSecret } from '../security/secrets.ts';
import { operationFor, startApiFixture } from '../../test/api-fixture.ts';
import type { ApiFixture } from '../../test/api-fixture.ts';
import { validateResponse } from '../../test/contract.ts';
import { mutatedArbitrary, schemaArbitrary } from '../../test/schema-arbitrary.ts';
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
/** Tokens and memberships the suite acts with: never picked as targets, or later requests would 401. */
const inUse = { tokenIds: [] as string[], userIds: [] as string[] };
beforeAll(async () => {
  fx = await startApiFixture();
  const rows = await fx
    .db('api_tokens')
    .whereIn('hash', [hashSecret(fx.tokens.owner), hashSecret(fx.tokens.developer)])
    .select('id', 'user_id');
  inUse.tokenIds = rows.map((r) => r.id);
  inUse.userIds = rows.map((r) => r.user_id);
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

type Who = 'owner' | 'developer';
/** A path parameter: a literal, or the n-th real resource of its kind, looked up when the request is sent. */
type Param = string | { real: number };
type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown; mutated: boolean }
  | { kind: 'raw'; contentType: string | undefined; text: string };
type IfMatch = 'absent' | 'current' | 'stale' | { garbage: string };

interface Plan {
  who: Who;
  params: Record<string, Param>;
  query: unknown;
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
    { weight: 1, arbitrary: raw(notJson) },
    { weight: 1, arbitrary: none },
  );
}

function queryArbitrary(op: Operation): fc.Arbitrary<unknown> {
  const params = op.parameters.filter((p) => p.in === 'query');
  if (params.length === 0) return fc.constant(undefined);
  const schema = (omit: string[]): JsonObject => {
    const kept = params.filter((p) => !omit.includes(p.name));
    return {
      type: 'object',
      required: kept.filter((p) => p.required).map((p) => p.name),
      properties: Object.fromEntries(kept.map((p) => [p.name, p.schema])),
    };
  };
  return fc.oneof(
    // A cursor the API did not issue is a 400: without one, most valid queries reach the handler.
    { weight: 3, arbitrary: schemaArbitrary(doc, schema(['cursor']), { hints }) },
    { weight: 1, arbitrary: schemaArbitrary(doc, schema([]), { hints }) },
    { weight: 1, arbitrary: mutatedArbitrary(doc, schema([]), { hints }) },
  );
}

const garbageEtag = fc.oneof(
  fc.constantFrom('*', 'W/"1"', '"abc"', '1', '""', '"1", "2"', '"-1"', '"99999999999999999999"'),
  fc.string({ maxLength: 120 }),
);

function planArbitrary(spec: OperationSpec): fc.Arbitrary<Plan> {
  const op = specOps.get(spec.operationId)!;
  const hasIfMatch = validators[spec.operationId as OperationId].headers !== undefined;
  return fc.record({
    who: fc.oneof(
      { weight: 3, arbitrary: fc.constant<Who>('owner') },
      { weight: 1, arbitrary: fc.constant<Who>('developer') },
    ),
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
  if (plan.query !== undefined) {
    const search = new URLSearchParams();
    if (plan.query !== null && typeof plan.query === 'object' && !Array.isArray(plan.query)) {
      for (const [k, v] of Object.entries(plan.query)) {
        if (v !== undefined) search.append(k, typeof v === 'string' ? v : JSON.stringify(v));
      }
    } else search.append('q', JSON.stringify(plan.query) ?? '');
    if (search.size > 0) path += `?${search}`;
  }
  return path;
}

/** The ETag a write to `path` would be checked against, read with the owner's token (undefined: none). */
async function currentEtag(spec: OperationSpec, path: string, body: Body): Promise<string | undefined> {
  const get = async (p: string) => {
    const res = await fetch(fx.url + p, { headers: { authorization: `Bearer ${fx.tokens.owner}` } });
    const text = await res.text();
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
  const res = await fetch(fx.url + path, {
    method,
    headers: { ...headers, authorization: `Bearer ${fx.tokens[plan.who]}` },
    body: text,
  });
  const responseText = await res.text();
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
      if (status < 300 && spec.method === 'get' && changed.length > 0)
        note('a read that wrote', x, changed.join(', '));
      if (status < 300 && spec.method !== 'get' && after.audit_log !== Number(before.audit_log) + 1) {
        note('audit', x, `audit entries ${before.audit_log} → ${after.audit_log}, expected exactly one more`);
      }
    }
    const report = [...problems.values()].map((p) => `${p.count}× ${p.detail}`);
    expect(report, `seed ${seed + i} (FF_FUZZ_SEED=${seed}); statuses ${JSON.stringify(counts)}`).toEqual([]);
  });

  it('fuzzed every operation of the spec', () => {
    if (process.env.FF_FUZZ_VERBOSE) console.info(statuses);
    expect(Object.keys(operations).filter((id) => statuses[id] === undefined)).toEqual([]);
  });
});
