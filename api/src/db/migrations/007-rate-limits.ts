import type { Knex } from 'knex';

// Request counts per credential and window, shared by the API replicas (modules/rate-limit). Unlogged:
// no WAL for a row that changes every second, and a crash that empties it only forgets the current
// window's counts. Each replica deletes windows older than the previous one, so the table holds about two
// rows per active credential; no index beyond the key is worth its upkeep.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create unlogged table rate_limit_counts (
      key text not null,
      window_start timestamptz not null,
      count bigint not null check (count >= 0),
      primary key (key, window_start)
    )
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('rate_limit_counts');
}
