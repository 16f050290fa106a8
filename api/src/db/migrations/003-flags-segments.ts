import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('flags', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('project_id').notNullable().references('projects.id').onDelete('CASCADE');
    t.text('key').notNullable();
    t.text('name').notNullable();
    t.text('description').notNullable().defaultTo('');
    t.text('kind').notNullable();
    // [{ name, value, description }]; configurations refer to them by index.
    t.jsonb('variations').notNullable();
    t.specificType('tags', 'text[]').notNullable().defaultTo('{}');
    // Free text (a person or a team), not a user FK: owners outlive accounts.
    t.text('owner');
    t.boolean('temporary').notNullable().defaultTo(true);
    t.boolean('client_side').notNullable().defaultTo(false);
    t.boolean('archived').notNullable().defaultTo(false);
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['project_id', 'key']);
    t.check(`kind in ('boolean','string','number','json')`, [], 'flags_kind_check');
  });
  await knex.raw('create index flags_tags_gin on flags using gin (tags)');

  await knex.schema.createTable('flag_configs', (t) => {
    t.uuid('flag_id').notNullable().references('flags.id').onDelete('CASCADE');
    t.uuid('environment_id').notNullable().references('environments.id').onDelete('CASCADE');
    t.jsonb('config').notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['flag_id', 'environment_id']);
    // The SDK ruleset query reads every config of one environment.
    t.index(['environment_id']);
  });

  await knex.schema.createTable('segments', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('project_id').notNullable().references('projects.id').onDelete('CASCADE');
    t.text('key').notNullable();
    t.text('name').notNullable();
    t.text('description').notNullable().defaultTo('');
    t.jsonb('rules').notNullable().defaultTo('[]');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['project_id', 'key']);
  });

  // Rows, not a JSON blob: lists can be large and are edited a few keys at a time.
  await knex.schema.createTable('segment_members', (t) => {
    t.uuid('segment_id').notNullable().references('segments.id').onDelete('CASCADE');
    t.text('kind').notNullable();
    t.text('context_key').notNullable();
    t.primary(['segment_id', 'kind', 'context_key']);
    t.check(`kind in ('included','excluded')`, [], 'segment_members_kind_check');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('segment_members');
  await knex.schema.dropTable('segments');
  await knex.schema.dropTable('flag_configs');
  await knex.schema.dropTable('flags');
}
