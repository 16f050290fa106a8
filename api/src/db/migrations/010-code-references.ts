import type { Knex } from 'knex';

// Code references (issue 14): what `ff refs --push` found per repository. Keys, not flag ids: a
// reference to a deleted flag is exactly what insights must show ("stale but still referenced").
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('code_reference_repositories', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('project_id').notNullable().references('projects.id').onDelete('CASCADE');
    t.text('name').notNullable();
    t.text('branch').notNullable();
    t.text('commit').notNullable();
    t.timestamp('pushed_at', { useTz: true }).notNullable();
    t.unique(['project_id', 'name']);
  });
  await knex.schema.createTable('code_references', (t) => {
    t.uuid('repository_id').notNullable().references('code_reference_repositories.id').onDelete('CASCADE');
    t.text('flag_key').notNullable();
    // The full count; `locations` ([{ path, line, kind }]) is at most a sample of 100.
    t.bigInteger('references').notNullable();
    t.jsonb('locations').notNullable().defaultTo('[]');
    t.primary(['repository_id', 'flag_key']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('code_references');
  await knex.schema.dropTable('code_reference_repositories');
}
