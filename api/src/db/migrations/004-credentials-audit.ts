import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('api_tokens', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('organization_id').notNullable().references('organizations.id').onDelete('CASCADE');
    // Null for service tokens, which belong to the organization rather than to a person.
    t.uuid('user_id').references('users.id').onDelete('CASCADE');
    t.text('kind').notNullable();
    t.text('name').notNullable();
    // The first characters of the secret, shown in listings so people can tell tokens apart.
    t.text('prefix').notNullable();
    // SHA-256 of the whole secret, hex: the lookup key on every request.
    t.text('hash').notNullable().unique();
    // Service tokens carry their own role; personal tokens act with their user's membership.
    t.text('role');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('last_used_at', { useTz: true });
    t.timestamp('expires_at', { useTz: true });
    t.timestamp('revoked_at', { useTz: true });
    t.check(`kind in ('personal','service')`, [], 'api_tokens_kind_check');
    t.check(
      `(kind = 'personal' and user_id is not null) or (kind = 'service' and role is not null)`,
      [],
      'api_tokens_owner_check',
    );
    t.index(['organization_id']);
  });

  await knex.schema.createTable('sdk_keys', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('environment_id').notNullable().references('environments.id').onDelete('CASCADE');
    t.text('kind').notNullable();
    t.text('name').notNullable();
    t.text('prefix').notNullable();
    t.text('hash').notNullable().unique();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    // Rotation sets expires_at on the old key so both work during the overlap window.
    t.timestamp('expires_at', { useTz: true });
    t.timestamp('revoked_at', { useTz: true });
    t.check(`kind in ('server','client')`, [], 'sdk_keys_kind_check');
    t.index(['environment_id']);
  });

  // No FKs to users/tokens on purpose: history must survive the deletion of whoever made it.
  await knex.schema.createTable('audit_log', (t) => {
    t.bigIncrements('id').primary();
    t.uuid('organization_id').notNullable().references('organizations.id').onDelete('CASCADE');
    t.uuid('actor_user_id');
    t.uuid('actor_token_id');
    t.text('action').notNullable();
    t.text('resource_type').notNullable();
    // e.g. projects/demo/flags/new-checkout/environments/production
    t.text('resource_key').notNullable();
    t.jsonb('before');
    t.jsonb('after');
    t.text('request_id');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['organization_id', 'created_at']);
    t.index(['organization_id', 'resource_type', 'resource_key', 'created_at']);
    t.index(['organization_id', 'actor_user_id', 'created_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('audit_log');
  await knex.schema.dropTable('sdk_keys');
  await knex.schema.dropTable('api_tokens');
}
