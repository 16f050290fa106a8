import type { Knex } from 'knex';

// What SDKs report (POST /sdk/v1/events): evaluation counts per hour, and individual exposures and
// tracked events for experiments.
export async function up(knex: Knex): Promise<void> {
  // One row per (environment, flag, variation, hour); every accepted summary adds its count. Flags are
  // named by key, not id: SDKs report what they evaluated, including keys that no longer (or never did)
  // exist, and insights want those too.
  await knex.schema.createTable('sdk_evaluation_counters', (t) => {
    t.uuid('environment_id').notNullable().references('environments.id').onDelete('CASCADE');
    t.text('flag_key').notNullable();
    // The variation index served; -1 when the caller's default was (an unknown flag, an error).
    t.integer('variation').notNullable();
    t.timestamp('hour', { useTz: true }).notNullable();
    t.bigInteger('count').notNullable();
    t.primary(['environment_id', 'flag_key', 'hour', 'variation']);
  });

  await knex.schema.createTable('sdk_events', (t) => {
    t.bigIncrements('id');
    t.uuid('environment_id').notNullable().references('environments.id').onDelete('CASCADE');
    // exposure: a context was served a variation of an experiment flag; custom: a tracked event.
    t.text('kind').notNullable();
    t.text('flag_key');
    t.integer('variation');
    t.text('name');
    t.text('context_key').notNullable();
    t.double('value');
    t.timestamp('occurred_at', { useTz: true }).notNullable();
    t.timestamp('received_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.check(`kind in ('exposure','custom')`, [], 'sdk_events_kind_check');
    t.index(['environment_id', 'kind', 'occurred_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('sdk_events');
  await knex.schema.dropTable('sdk_evaluation_counters');
}
