// The plugin protocol itself, without terraform: the go-plugin handshake (cookie, the one stdout line,
// AutoMTLS), health, the provider RPCs with unknown and null values, and GRPCController.Shutdown.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { encode, ExtData } from '@msgpack/msgpack';
import { afterEach, describe, expect, test } from 'vitest';
import { generateServerCertificate } from '../src/plugin/cert.ts';
import { decodeMsgpack, Unknown } from '../src/plugin/dynamic.ts';
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from '../src/plugin/server.ts';
import { binDir } from './terraform.ts';

const protoDir = fileURLToPath(new URL('../proto/', import.meta.url));
const options = { keepCase: true, longs: Number, enums: Number, defaults: true, oneofs: true };
const tfplugin6 = grpc.loadPackageDefinition(protoLoader.loadSync(join(protoDir, 'tfplugin6.proto'), options))
  .tfplugin6 as grpc.GrpcObject;
const goPlugin = grpc.loadPackageDefinition(protoLoader.loadSync(join(protoDir, 'go-plugin.proto'), options))
  .plugin as grpc.GrpcObject;
const healthPkg = grpc.loadPackageDefinition(protoLoader.loadSync(join(protoDir, 'health.proto'), options));
const Health = (((healthPkg.grpc as grpc.GrpcObject).health as grpc.GrpcObject).v1 as grpc.GrpcObject)
  .Health as grpc.ServiceClientConstructor;

interface Started {
  child: ChildProcess;
  line: string;
  stdout: () => string;
  exited: Promise<number | null>;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill();
});

function start(env: Record<string, string>): Promise<Started> {
  const child = spawn(join(binDir, 'terraform-provider-ff'), [], {
    env: { ...process.env, PLUGIN_PROTOCOL_VERSIONS: '6', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve({ child, line: out.split('\n')[0]!, stdout: () => out, exited });
    });
    child.on('exit', () => resolve({ child, line: out, stdout: () => out, exited }));
    child.on('error', reject);
  });
}

function unary<T>(client: grpc.Client, method: string, request: unknown): Promise<T> {
  return new Promise((resolve, reject) =>
    (client as unknown as Record<string, (r: unknown, cb: (e: Error | null, v: T) => void) => void>)[method]!(
      request,
      (err, value) => (err ? reject(err) : resolve(value)),
    ),
  );
}

const cookie = { [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE };
const unknown = new ExtData(0, new Uint8Array([0]));
const refinedUnknown = new ExtData(12, encode({ 1: true }));

function flagEnvironmentConfig(overrides: Record<string, unknown>): Buffer {
  const base = {
    id: null,
    project: 'demo',
    environment: 'production',
    flag: 'new-checkout',
    on: null,
    off_variation: null,
    fallthrough: null,
    targets: null,
    rules: null,
    prerequisites: null,
    ignore_changes_to: null,
  };
  return Buffer.from(encode({ ...base, ...overrides }));
}

describe('the go-plugin handshake', () => {
  test('without the magic cookie it explains itself on stderr and exits 1, printing nothing on stdout', async () => {
    const child = spawn(join(binDir, 'terraform-provider-ff'), [], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('This binary is a plugin for Terraform');
  });

  test('prints exactly one line, serves health and the provider, and stops on GRPCController.Shutdown', async () => {
    const p = await start(cookie);
    expect(p.line).toMatch(/^1\|6\|unix\|\/.+\|grpc\|$/);
    const socket = p.line.split('|')[3]!;
    const creds = grpc.credentials.createInsecure();
    const health = new Health(`unix://${socket}`, creds);
    expect(await unary(health, 'Check', { service: 'plugin' })).toEqual({ status: 1 });

    const Provider = tfplugin6.Provider as grpc.ServiceClientConstructor;
    const provider = new Provider(`unix://${socket}`, creds);
    const schema = await unary<{
      resource_schemas: Record<string, unknown>;
      data_source_schemas: Record<string, unknown>;
    }>(provider, 'GetProviderSchema', {});
    expect(Object.keys(schema.resource_schemas).sort()).toEqual([
      'ff_approval_settings',
      'ff_environment',
      'ff_experiment',
      'ff_flag',
      'ff_flag_environment',
      'ff_metric',
      'ff_project',
      'ff_sdk_key',
      'ff_segment',
      'ff_webhook',
    ]);
    expect(Object.keys(schema.data_source_schemas).sort()).toEqual([
      'ff_environment',
      'ff_experiment',
      'ff_flag',
      'ff_metric',
      'ff_project',
      'ff_segment',
    ]);

    const controller = new (goPlugin.GRPCController as grpc.ServiceClientConstructor)(
      `unix://${socket}`,
      creds,
    );
    await unary(controller, 'Shutdown', {});
    expect(await p.exited).toBe(0);
    expect(p.stdout()).toBe(p.line + '\n');
    for (const c of [health, provider, controller]) c.close();
  });

  test('AutoMTLS: with PLUGIN_CLIENT_CERT it serves TLS to that client only and sends its certificate in the line', async () => {
    const client = await generateServerCertificate();
    const p = await start({ ...cookie, PLUGIN_CLIENT_CERT: client.certPem });
    const [, , , socket, , cert] = p.line.split('|');
    expect(cert).toMatch(/^[A-Za-z0-9+/]+$/);
    // go-plugin sends the DER in base64 without padding; PEM wants it back.
    const der = Buffer.from(cert!, 'base64').toString('base64');
    const serverPem = `-----BEGIN CERTIFICATE-----\n${der.replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`;
    const trusted = grpc.credentials.createSsl(
      Buffer.from(serverPem),
      Buffer.from(client.keyPem),
      Buffer.from(client.certPem),
    );
    const overrides = { 'grpc.ssl_target_name_override': 'localhost', 'grpc.default_authority': 'localhost' };
    const health = new Health(`unix://${socket}`, trusted, overrides);
    expect(await unary(health, 'Check', { service: 'plugin' })).toEqual({ status: 1 });

    // A client without the certificate Terraform announced is refused.
    const stranger = await generateServerCertificate();
    const other = new Health(
      `unix://${socket}`,
      grpc.credentials.createSsl(
        Buffer.from(serverPem),
        Buffer.from(stranger.keyPem),
        Buffer.from(stranger.certPem),
      ),
      overrides,
    );
    await expect(unary(other, 'Check', { service: 'plugin' })).rejects.toThrow();
    health.close();
    other.close();
  });
});

describe('provider RPCs with unknown and null values', () => {
  test('validate reports engine problems at their attribute path; unknown and refined-unknown parts are left alone', async () => {
    const p = await start(cookie);
    const socket = p.line.split('|')[3]!;
    const provider = new (tfplugin6.Provider as grpc.ServiceClientConstructor)(
      `unix://${socket}`,
      grpc.credentials.createInsecure(),
    );
    type Diags = {
      diagnostics: {
        severity: number;
        summary: string;
        detail: string;
        attribute: { steps: Record<string, unknown>[] } | null;
      }[];
    };
    const validate = (config: Buffer) =>
      unary<Diags>(provider, 'ValidateResourceConfig', {
        type_name: 'ff_flag_environment',
        config: { msgpack: config },
      });

    const badWeights = await validate(
      flagEnvironmentConfig({
        fallthrough: {
          variation: null,
          rollout: { bucket_by: null, salt: null, weights: [{ variation: 0, weight: 90000 }] },
        },
        rules: [
          {
            id: 'r',
            description: null,
            clauses: [
              { attribute: 'email', op: 'matches', values: ['(unclosed'], value_type: null, negate: null },
            ],
            serve: { variation: 0, rollout: null },
          },
        ],
      }),
    );
    const paths = badWeights.diagnostics.map((d) =>
      d.attribute!.steps.map((s) => s.attribute_name ?? s.element_key_int),
    );
    expect(paths).toContainEqual(['fallthrough', 'rollout', 'weights']);
    expect(paths).toContainEqual(['rules', 0, 'clauses', 0, 'values', 0]);
    expect(badWeights.diagnostics.map((d) => d.detail).join('\n')).toMatch(/sum to 100000/);

    // Unknown rules (ext 0) and a refined unknown fallthrough (ext 12): nothing to check yet, no error.
    const pending = await validate(flagEnvironmentConfig({ rules: unknown, fallthrough: refinedUnknown }));
    expect(pending.diagnostics).toEqual([]);

    const serveBoth = await validate(
      flagEnvironmentConfig({
        fallthrough: { variation: 0, rollout: { bucket_by: null, salt: null, weights: [] } },
      }),
    );
    expect(serveBoth.diagnostics[0]).toMatchObject({
      summary: 'Invalid serve',
      attribute: { steps: [{ attribute_name: 'fallthrough' }] },
    });

    // Plan keeps unknowns unknown and fills explicit defaults (no API call is needed for that).
    const plan = await unary<{ planned_state: { msgpack: Buffer }; diagnostics: unknown[] }>(
      provider,
      'PlanResourceChange',
      {
        type_name: 'ff_flag_environment',
        prior_state: { msgpack: Buffer.from(encode(null)) },
        proposed_new_state: { msgpack: flagEnvironmentConfig({ rules: unknown, on: refinedUnknown }) },
        config: { msgpack: flagEnvironmentConfig({ rules: unknown, on: refinedUnknown }) },
      },
    );
    expect(plan.diagnostics).toEqual([]);
    const planned = decodeMsgpack(plan.planned_state.msgpack) as Record<string, unknown>;
    expect(planned.rules).toBe(Unknown);
    expect(planned.on).toBe(Unknown);
    expect(planned.id).toBe(Unknown);
    expect(planned.off_variation).toBe(Unknown);
    expect(planned.targets).toEqual([]);
    expect(planned.ignore_changes_to).toEqual([]);
    provider.close();
  });

  test('calls before ConfigureProvider and API failures are diagnostics, never a crashed plugin', async () => {
    const p = await start(cookie);
    const socket = p.line.split('|')[3]!;
    const provider = new (tfplugin6.Provider as grpc.ServiceClientConstructor)(
      `unix://${socket}`,
      grpc.credentials.createInsecure(),
    );
    const read = await unary<{ diagnostics: { summary: string }[] }>(provider, 'ReadDataSource', {
      type_name: 'ff_project',
      config: {
        msgpack: Buffer.from(encode({ key: 'demo', name: null, description: null, environments: null })),
      },
    });
    expect(read.diagnostics[0]!.summary).toContain('not configured');

    const configure = await unary<{ diagnostics: unknown[] }>(provider, 'ConfigureProvider', {
      config: { msgpack: Buffer.from(encode({ api_url: 'http://127.0.0.1:9', token: 'ff_pat_nope' })) },
    });
    expect(configure.diagnostics).toEqual([]);
    const refused = await unary<{ diagnostics: { summary: string; detail: string }[] }>(
      provider,
      'ReadDataSource',
      {
        type_name: 'ff_project',
        config: {
          msgpack: Buffer.from(encode({ key: 'demo', name: null, description: null, environments: null })),
        },
      },
    );
    expect(refused.diagnostics[0]!.summary).toContain('Reading data.ff_project failed');
    expect(
      await unary(new Health(`unix://${socket}`, grpc.credentials.createInsecure()), 'Check', {}),
    ).toEqual({ status: 1 });
    provider.close();
  });
});
