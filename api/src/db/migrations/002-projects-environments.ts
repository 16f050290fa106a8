import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('projects', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('organization_id').notNullable().references('organizations.id').onDelete('CASCADE');
    t.text('key').notNullable();
    t.text('name').notNullable();
    t.text('description').notNullable().defaultTo('');
    // Optimistic concurrency: ETag / If-Match compare this.
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['organization_id', 'key']);
  });

  await knex.schema.alterTable('memberships', (t) => {
    t.foreign('project_id').references('projects.id').onDelete('CASCADE');
  });

  await knex.schema.createTable('environments', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('project_id').notNullable().references('projects.id').onDelete('CASCADE');
    t.text('key').notNullable();
    t.text('name').notNullable();
    t.text('color').notNullable().defaultTo('#888888');
    // Production-like: developers may not write here.
    t.boolean('protected').notNullable().defaultTo(false);
    t.integer('sort_order').notNullable().defaultTo(0);
    // Bumped on the environment itself AND on every flag/segment change in it: the SDK ETag and the
    // rising version on the change stream.
    t.bigInteger('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['project_id', 'key']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('environments');
  await knex.schema.alterTable('memberships', (t) => {
    t.dropForeign(['project_id']);
  });
  await knex.schema.dropTable('projects');
}
