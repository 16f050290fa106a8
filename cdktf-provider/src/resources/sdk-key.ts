// ff_sdk_key: an SDK key of one environment. The secret is only ever shown once, on creation, so it is
// a sensitive computed attribute known after the create (null after an import). Destroy revokes it.
import type { SdkKey } from '@ff/client';
import { DiagnosticsError, error } from '../plugin/diagnostics.ts';
import type { ObjectValue } from '../plugin/dynamic.ts';
import type { ProviderContext, ResourceType, Stored } from '../plugin/resource.ts';
import type { BlockSchema } from '../plugin/schema.ts';
import { idAttr, optStr, orGone, str } from './common.ts';

export const sdkKeySchema: BlockSchema = {
  description:
    'An SDK key scoped to one environment: `server` keys see the rules, `client` keys only evaluated client-side flags. Import with `<project>/<env>/<key id>` (the secret cannot be read back). Destroy revokes it.',
  attributes: {
    id: idAttr('<project>/<env>/<key id>'),
    project: { type: 'string', required: true, forceNew: true, description: 'Project key.' },
    environment: { type: 'string', required: true, forceNew: true, description: 'Environment key.' },
    kind: {
      type: 'string',
      required: true,
      forceNew: true,
      description: '`server` or `client`. Changing it issues a new key.',
    },
    name: {
      type: 'string',
      optional: true,
      computed: true,
      forceNew: true,
      description: 'A label to tell keys apart. Changing it issues a new key.',
    },
    key_id: { type: 'string', computed: true, stable: true, description: "The key's id." },
    prefix: { type: 'string', computed: true, stable: true, description: "The secret's first characters." },
    secret: {
      type: 'string',
      computed: true,
      stable: true,
      sensitive: true,
      description: 'The secret (known after creation only).',
    },
  },
};

function toState(project: string, k: SdkKey, secret: string | null): ObjectValue {
  return {
    id: `${project}/${k.environment}/${k.id}`,
    project,
    environment: k.environment,
    kind: k.kind,
    name: k.name,
    key_id: k.id,
    prefix: k.prefix,
    secret,
  };
}

async function find(ctx: ProviderContext, project: string, env: string, id: string): Promise<SdkKey | null> {
  const res = await orGone(() => ctx.api.listSdkKeys({ path: { project, env } }));
  const key = res?.data.items.find((k) => k.id === id);
  // A revoked or expired key is gone as far as Terraform is concerned: it plans a new one.
  if (!key || key.revokedAt || (key.expiresAt && Date.parse(key.expiresAt) <= Date.now())) return null;
  return key;
}

export const sdkKeyResource: ResourceType = {
  schema: sdkKeySchema,
  validate(config) {
    if (typeof config.kind === 'string' && !['server', 'client'].includes(config.kind))
      return [error('Invalid kind', `"${config.kind}" is not server or client.`, ['kind'])];
    return [];
  },
  async create(ctx, planned): Promise<Stored> {
    const project = str(planned, 'project');
    const name = optStr(planned, 'name');
    const res = await ctx.api.createSdkKey({
      path: { project, env: str(planned, 'environment') },
      body: { kind: str(planned, 'kind') as 'server' | 'client', ...(name ? { name } : {}) },
    });
    return { state: toState(project, res.data, res.data.key), private: {} };
  },
  async read(ctx, state) {
    const project = str(state, 'project');
    const key = await find(ctx, project, str(state, 'environment'), str(state, 'key_id'));
    return key ? { state: toState(project, key, optStr(state, 'secret') ?? null), private: {} } : null;
  },
  async update(_ctx, _prior, planned) {
    // Every attribute forces a new key; nothing can change in place.
    return { state: planned, private: {} };
  },
  async delete(ctx, prior) {
    await orGone(() =>
      ctx.api.revokeSdkKey({
        path: { project: str(prior, 'project'), env: str(prior, 'environment'), keyId: str(prior, 'key_id') },
      }),
    );
  },
  async import(ctx, id) {
    const parts = id.split('/');
    if (parts.length !== 3)
      throw new DiagnosticsError([error('Invalid import ID', `Expected "project/env/key-id", got "${id}".`)]);
    const [project, env, keyId] = parts as [string, string, string];
    const key = await find(ctx, project, env, keyId);
    if (!key) throw new Error(`SDK key "${id}" does not exist or is revoked`);
    return { state: toState(project, key, null), private: {} };
  },
};
