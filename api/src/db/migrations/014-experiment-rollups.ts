import type { Knex } from 'knex';

// Experiment rollups (issue 15, scale): results read per-unit sums the event intake keeps, instead of
// joining a million exposures to ten million raw events on every call.
//
// A series is what a metric needs from one experiment's units: the tracked events of one name, in the
// window of `window_hours` on either side of each unit's first exposure. Metrics that differ only in
// kind or cap share a series (both are applied when results read it). A series is registered, and
// filled from the raw events, when the experiment launches or resumes or its metrics change; from then
// on the intake keeps it in the transaction that stores the raw events.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('experiment_metric_series', (t) => {
    t.increments('id');
    t.uuid('experiment_id').notNullable().references('experiments.id').onDelete('CASCADE');
    // The experiment's environment, so the intake finds an environment's series in one index scan.
    t.uuid('environment_id').notNullable().references('environments.id').onDelete('CASCADE');
    t.text('event').notNullable();
    t.integer('window_hours').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['experiment_id', 'event', 'window_hours']);
    t.index(['environment_id', 'event']);
  });

  // One row per (series, unit) with an event in either window; a unit without one has no row (its
  // values are zeros). Raw counts and sums, never capped: the cap is per unit and applied at read time.
  // The variant is the exposure's (sticky), copied so results group without joining the exposures.
  await knex.schema.createTable('experiment_unit_values', (t) => {
    t.integer('series_id').notNullable().references('experiment_metric_series.id').onDelete('CASCADE');
    t.text('unit').notNullable();
    t.integer('variant').notNullable();
    // Events in [first exposure, + window) and their summed values (null values as 0).
    t.integer('n_post').notNullable().defaultTo(0);
    t.double('v_post').notNullable().defaultTo(0);
    // Events in [first exposure − window, first exposure): CUPED's covariate.
    t.integer('n_pre').notNullable().defaultTo(0);
    t.double('v_pre').notNullable().defaultTo(0);
    t.primary(['series_id', 'unit']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('experiment_unit_values');
  await knex.schema.dropTable('experiment_metric_series');
}
