// Sign-in, tokens and invitations handle secrets in bodies and headers: none may reach the logs, at any
// level, on success or failure.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixtureData } from '../../../test/api-fixture.ts';
import { startTestServer } from '../../../test/server.ts';
import type { TestServer } from '../../../test/server.ts';
import { createLogger } from '../../logger.ts';
import { hashPassword } from '../../security/secrets.ts';

const lines: string[] = [];
const written = new Set<() => void>();
const logger = createLogger({
  level: 'trace',
  destination: new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      for (const check of [...written]) check();
      cb();
    },
  }),
});

/** Resolves once `holds` is true, looking again at every line logged; the timeout only bounds a failure. */
function logged(holds: () => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const guard = AbortSignal.timeout(20_000);
    const done = () => {
      written.delete(check);
      guard.removeEventListener('abort', fail);
    };
    const check = () => {
      if (!holds()) return;
      done();
      resolve();
    };
    const fail = () => {
      done();
      reject(new Error('the expected log lines were not written'));
    };
    written.add(check);
    guard.addEventListener('abort', fail);
    check();
  });
}

let server: TestServer;
let tokens: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer({ logger });
  tokens = (await seedFixtureData(server.db)).tokens;
});
afterAll(() => server?.close());

async function post(path: string, body: unknown, token?: string) {
  const res = await fetch(server.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, string> };
}

describe('logs', () => {
  it('never contain a password, token, or invite code', async () => {
    const password = 'Pa55word-that-must-not-leak';
    const wrongPassword = 'Wr0ng-guess-that-must-not-leak';
    const invitePassword = 'Inv1te-password-that-must-not-leak';
    await server
      .db('users')
      .where({ email: 'dev@demo.local' })
      .update({ password_hash: await hashPassword(password) });

    const secrets: string[] = [password, wrongPassword, invitePassword, ...Object.values(tokens)];
    expect(
      (await post('/api/v1/auth/login', { email: 'dev@demo.local', password: wrongPassword })).status,
    ).toBe(401);
    // A body that fails validation still carries the password.
    expect((await post('/api/v1/auth/login', { email: 'dev@demo.local', password, extra: 1 })).status).toBe(
      422,
    );
    const login = await post('/api/v1/auth/login', { email: 'dev@demo.local', password });
    expect(login.status).toBe(201);
    secrets.push(login.body.token!);

    const personal = await post('/api/v1/tokens', { name: 'p' }, login.body.token);
    const service = await post(
      '/api/v1/tokens',
      { name: 's', kind: 'service', role: 'viewer' },
      tokens.admin,
    );
    expect([personal.status, service.status]).toEqual([201, 201]);
    secrets.push(personal.body.token!, service.body.token!);

    const invite = await post('/api/v1/members', { email: 'new@x.dev', role: 'viewer' }, tokens.owner);
    expect(invite.status).toBe(201);
    secrets.push(invite.body.inviteCode!);
    const accepted = await post('/api/v1/auth/accept-invite', {
      inviteCode: invite.body.inviteCode,
      password: invitePassword,
    });
    expect(accepted.status).toBe(201);
    secrets.push(accepted.body.token!);
    // A rejected token is logged about, not quoted.
    expect(
      (await post('/api/v1/tokens', { name: 'x' }, 'ff_pat_not-a-real-token-but-secret-looking')).status,
    ).toBe(401);
    secrets.push('ff_pat_not-a-real-token-but-secret-looking');

    // Access lines are written when responses finish, which can be just after the client has read them:
    // wait for the eighth, the last request's.
    await logged(() => lines.filter((l) => l.includes('"msg":"request"')).length >= 8);
    const log = lines.join('');
    for (const secret of secrets)
      expect(log, `a secret starting ${secret.slice(0, 10)}`).not.toContain(secret);
    // Nor any other secret-shaped string.
    expect(log).not.toMatch(/ff_(pat|svc|inv)_[A-Za-z0-9_-]{20,}/);
  });
});
