import type { Knex } from 'knex';

// Experiments (issue 15): an experiment runs on one multi-variant flag in one environment; assignments
// and exposures are one row per (experiment, unit) with first and last seen, so results are aggregates
// over rows the database groups, never lists loaded into Node. Metric definitions name tracked events.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('experiments', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('project_id').notNullable().references('projects.id').onDelete('CASCADE');
    t.uuid('environment_id').notNullable().references('environments.id').onDelete('CASCADE');
    // The flag stays while an experiment names it (deleting it is refused by the database: 409).
    t.uuid('flag_id').notNullable().references('flags.id').onDelete('RESTRICT');
    t.text('key').notNullable();
    t.text('name').notNullable();
    t.text('hypothesis').notNullable().defaultTo('');
    t.text('description').notNullable().defaultTo('');
    // [{ key, weight }] in the flag's variation order: variant i is variation i.
    t.jsonb('variants').notNullable();
    // The share of the population enrolled, in percent (0 < allocation <= 100).
    t.double('allocation').notNullable().defaultTo(100);
    // null: everyone the flag's fallthrough reaches; { segment }: the members of one segment.
    t.jsonb('population');
    t.text('salt').notNullable();
    t.text('primary_metric');
    t.jsonb('secondary_metrics').notNullable().defaultTo('[]');
    t.jsonb('guardrail_metrics').notNullable().defaultTo('[]');
    t.boolean('auto_stop').notNullable().defaultTo(false);
    t.text('status').notNullable().defaultTo('draft');
    t.boolean('archived').notNullable().defaultTo(false);
    t.timestamp('started_at', { useTz: true });
    t.timestamp('stopped_at', { useTz: true });
    // { winner, notes, rolledOut, reason }
    t.jsonb('decision');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['project_id', 'key']);
    t.check(`status in ('draft','running','paused','stopped')`, [], 'experiments_status_check');
    t.check('allocation > 0 and allocation <= 100', [], 'experiments_allocation_check');
    t.index(['environment_id', 'status']);
  });

  for (const table of ['experiment_assignments', 'experiment_exposures']) {
    await knex.schema.createTable(table, (t) => {
      t.uuid('experiment_id').notNullable().references('experiments.id').onDelete('CASCADE');
      t.text('unit').notNullable();
      // The variant index first seen; sticky: a later sighting moves last_seen only.
      t.integer('variant').notNullable();
      t.timestamp('first_seen', { useTz: true }).notNullable();
      t.timestamp('last_seen', { useTz: true }).notNullable();
      t.primary(['experiment_id', 'unit']);
    });
  }

  await knex.schema.createTable('metric_definitions', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('project_id').notNullable().references('projects.id').onDelete('CASCADE');
    t.text('key').notNullable();
    t.text('name').notNullable();
    t.text('description').notNullable().defaultTo('');
    // binomial: converted within the window; count: events per unit; sum: summed values per unit.
    t.text('kind').notNullable();
    t.text('event').notNullable();
    t.integer('window_hours').notNullable().defaultTo(168);
    t.double('cap');
    t.text('direction').notNullable().defaultTo('higher');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['project_id', 'key']);
    t.check(`kind in ('binomial','count','sum')`, [], 'metric_definitions_kind_check');
    t.check(`direction in ('higher','lower')`, [], 'metric_definitions_direction_check');
    t.check('window_hours > 0', [], 'metric_definitions_window_check');
  });

  // Results join tracked events of one name to exposed units: this index makes that a range scan per
  // (environment, event name) instead of a scan of every event.
  await knex.raw(
    `create index sdk_events_custom_name on sdk_events (environment_id, name, context_key, occurred_at) where kind = 'custom'`,
  );

  // Raw events older than this many days are deleted by the retention worker (null: kept).
  await knex.schema.alterTable('projects', (t) => {
    t.integer('event_retention_days');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('projects', (t) => {
    t.dropColumn('event_retention_days');
  });
  await knex.raw('drop index if exists sdk_events_custom_name');
  await knex.schema.dropTable('metric_definitions');
  await knex.schema.dropTable('experiment_exposures');
  await knex.schema.dropTable('experiment_assignments');
  await knex.schema.dropTable('experiments');
}
