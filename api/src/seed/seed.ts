import type { Knex } from 'knex';
import { describeSecret, generateToken } from '../security/secrets.ts';
import type { GeneratedSecret } from '../security/secrets.ts';
import {
  demoEnvironments,
  demoFlags,
  demoOrganization,
  demoOwnerEmail,
  demoProject,
  demoSegment,
} from './demo-data.ts';

export interface SeedOptions {
  /** Use this exact secret for the owner's API token (FF_BOOTSTRAP_TOKEN); random when absent. */
  bootstrapToken?: string | undefined;
}

export type SeedResult =
  | { seeded: false }
  | {
      seeded: true;
      ownerEmail: string;
      projectKey: string;
      /** Plaintext secrets: returned this once, stored only as hashes. */
      apiToken: string;
      serverSdkKey: string;
      clientSdkKey: string;
    };

const j = (v: unknown) => JSON.stringify(v);

/**
 * Seeds the demo when the database has no organization yet, in one transaction. Safe to call on every
 * start and from several replicas at once: an advisory lock serialises them and the emptiness check
 * runs under it, so exactly one seeds and the rest return `{ seeded: false }`.
 */
export async function seedDemo(db: Knex, opts: SeedOptions = {}): Promise<SeedResult> {
  return db.transaction(async (trx) => {
    await trx.raw(`select pg_advisory_xact_lock(hashtext('ff:seed'))`);
    const existing = await trx('organizations').first('id');
    if (existing) return { seeded: false };

    const [org] = await trx('organizations').insert(demoOrganization).returning('id');
    // No password: the owner signs in with the API token printed on first start (`ff login --token`).
    const [owner] = await trx('users').insert({ email: demoOwnerEmail, name: 'Demo owner' }).returning('id');
    await trx('memberships').insert({
      organization_id: org.id,
      user_id: owner.id,
      role: 'owner',
      status: 'active',
    });

    const token: GeneratedSecret = opts.bootstrapToken
      ? describeSecret(opts.bootstrapToken)
      : generateToken('personal');
    await trx('api_tokens').insert({
      organization_id: org.id,
      user_id: owner.id,
      kind: 'personal',
      name: 'bootstrap',
      prefix: token.prefix,
      hash: token.hash,
    });

    const [project] = await trx('projects')
      .insert({ ...demoProject, organization_id: org.id })
      .returning('id');
    const envs = await trx('environments')
      .insert(demoEnvironments.map((e) => ({ ...e, project_id: project.id })))
      .returning(['id', 'key']);
    const envId = (key: string) => envs.find((e: { key: string }) => e.key === key)!.id as string;

    const [segment] = await trx('segments')
      .insert({
        project_id: project.id,
        key: demoSegment.key,
        name: demoSegment.name,
        description: demoSegment.description,
        rules: j(demoSegment.rules),
      })
      .returning('id');
    await trx('segment_members').insert(
      demoSegment.included.map((k) => ({ segment_id: segment.id, kind: 'included', context_key: k })),
    );

    for (const { configs, variations, ...flag } of demoFlags) {
      const [row] = await trx('flags')
        .insert({ ...flag, variations: j(variations), owner: 'demo', project_id: project.id })
        .returning('id');
      await trx('flag_configs').insert(
        Object.entries(configs).map(([env, config]) => ({
          flag_id: row.id,
          environment_id: envId(env),
          config: j(config),
        })),
      );
    }

    const server = generateToken('server');
    const client = generateToken('client');
    await trx('sdk_keys').insert([
      {
        environment_id: envId('development'),
        kind: 'server',
        name: 'demo server key',
        prefix: server.prefix,
        hash: server.hash,
      },
      {
        environment_id: envId('development'),
        kind: 'client',
        name: 'demo client key',
        prefix: client.prefix,
        hash: client.hash,
      },
    ]);

    await trx('audit_log').insert({
      organization_id: org.id,
      actor_user_id: null,
      action: 'seed.demo',
      resource_type: 'organization',
      resource_key: demoOrganization.key,
      after: j({ project: demoProject.key, flags: demoFlags.map((f) => f.key) }),
    });

    return {
      seeded: true,
      ownerEmail: demoOwnerEmail,
      projectKey: demoProject.key,
      apiToken: token.secret,
      serverSdkKey: server.secret,
      clientSdkKey: client.secret,
    };
  });
}
