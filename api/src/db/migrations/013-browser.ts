import type { Knex } from 'knex';

// Browser SDK (issue 13): an environment may list the browser origins allowed to use its client keys.
// NULL (the default) keeps the server-wide FF_CORS_ORIGINS; a JSON array of exact origins narrows it.
// jsonb rather than text[]: node-postgres and PGlite agree on JSON, and the list is read whole.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('environments', (t) => {
    t.jsonb('allowed_origins');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('environments', (t) => {
    t.dropColumn('allowed_origins');
  });
}
