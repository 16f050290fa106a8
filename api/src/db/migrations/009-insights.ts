import type { Knex } from 'knex';

// Insights (issue 14): what the usage read API, the rollup/retention worker and stale detection need
// beyond the hourly counters of 006.
export async function up(knex: Knex): Promise<void> {
  // Batches of evaluation summaries already counted, by the id the SDK gives each batch (and keeps on
  // its retry): a batch that reaches two replicas, or one replica twice, counts once. Written in the
  // same transaction as the counters; pruned after a day by the insights worker (SDKs retry within
  // seconds).
  await knex.schema.createTable('sdk_event_batches', (t) => {
    t.uuid('environment_id').notNullable().references('environments.id').onDelete('CASCADE');
    t.text('batch_id').notNullable();
    t.timestamp('received_at', { useTz: true }).notNullable();
    t.primary(['environment_id', 'batch_id']);
    t.index(['received_at']);
  });

  // The same counts by UTC day, written by the intake with the hourly ones and kept longer than them.
  await knex.schema.createTable('sdk_evaluation_daily', (t) => {
    t.uuid('environment_id').notNullable().references('environments.id').onDelete('CASCADE');
    t.text('flag_key').notNullable();
    t.integer('variation').notNullable();
    t.date('day').notNullable();
    t.bigInteger('count').notNullable();
    t.primary(['environment_id', 'flag_key', 'day', 'variation']);
  });
  // Project summaries read a time range across every flag of an environment.
  await knex.raw(
    'create index sdk_evaluation_counters_env_hour on sdk_evaluation_counters (environment_id, hour)',
  );
  await knex.raw('create index sdk_evaluation_daily_env_day on sdk_evaluation_daily (environment_id, day)');

  // All evaluations of an environment per hour (every flag and variation): what the project summary's
  // 24 h / 7 d / 30 d totals read, 24 rows per environment and day instead of flags × variations times
  // as many. Written by the intake with the counters.
  await knex.schema.createTable('sdk_evaluation_totals', (t) => {
    t.uuid('environment_id').notNullable().references('environments.id').onDelete('CASCADE');
    t.timestamp('hour', { useTz: true }).notNullable();
    t.bigInteger('count').notNullable();
    t.primary(['environment_id', 'hour']);
  });

  // Each flag's evaluations per UTC day in an environment, every variation together: what "most evaluated
  // flags" and their sparklines read (a third of the daily counters' rows at three variations). Keyed by
  // day before flag so a project's last 30 days is one range of the primary key per environment.
  await knex.schema.createTable('sdk_flag_daily', (t) => {
    t.uuid('environment_id').notNullable().references('environments.id').onDelete('CASCADE');
    t.date('day').notNullable();
    t.text('flag_key').notNullable();
    t.bigInteger('count').notNullable();
    t.primary(['environment_id', 'day', 'flag_key']);
  });

  // First and last evaluation of a flag in an environment, kept by the intake: they outlive retention,
  // and "never evaluated" / "not evaluated for N days" read one row per flag instead of the counters.
  await knex.schema.createTable('sdk_flag_usage', (t) => {
    t.uuid('environment_id').notNullable().references('environments.id').onDelete('CASCADE');
    t.text('flag_key').notNullable();
    t.timestamp('first_evaluated_at', { useTz: true }).notNullable();
    t.timestamp('last_evaluated_at', { useTz: true }).notNullable();
    t.primary(['environment_id', 'flag_key']);
  });

  // What was counted before this migration.
  await knex.raw(`
    insert into sdk_evaluation_daily (environment_id, flag_key, variation, day, count)
    select environment_id, flag_key, variation, (hour at time zone 'UTC')::date, sum(count)
    from sdk_evaluation_counters group by 1, 2, 3, 4`);
  await knex.raw(`
    insert into sdk_flag_daily (environment_id, day, flag_key, count)
    select environment_id, day, flag_key, sum(count) from sdk_evaluation_daily group by 1, 2, 3`);
  await knex.raw(`
    insert into sdk_evaluation_totals (environment_id, hour, count)
    select environment_id, hour, sum(count) from sdk_evaluation_counters group by 1, 2`);
  await knex.raw(`
    insert into sdk_flag_usage (environment_id, flag_key, first_evaluated_at, last_evaluated_at)
    select environment_id, flag_key, min(hour), max(hour)
    from sdk_evaluation_counters group by 1, 2`);

  // Requests per credential (SDK key or API token) and UTC day, and the last one's time. Each replica
  // adds what it counted every few seconds. No foreign key: the id is of either table; the worker
  // deletes days past retention.
  await knex.schema.createTable('credential_usage', (t) => {
    t.uuid('credential_id').notNullable();
    t.text('kind').notNullable();
    t.date('day').notNullable();
    t.bigInteger('requests').notNullable();
    t.timestamp('last_used_at', { useTz: true }).notNullable();
    t.primary(['credential_id', 'day']);
    t.check(`kind in ('management','server','client')`, [], 'credential_usage_kind_check');
  });

  // Open SDK streams per replica and environment, rewritten by each replica every few seconds (a
  // heartbeat). The count now is the sum over rows whose heartbeat is recent: a replica that died stops
  // counting once its rows age out, without anyone having to clean up after it.
  await knex.schema.createTable('sdk_stream_connections', (t) => {
    t.text('replica_id').notNullable();
    t.uuid('environment_id').notNullable().references('environments.id').onDelete('CASCADE');
    t.integer('streams').notNullable();
    t.timestamp('heartbeat_at', { useTz: true }).notNullable();
    t.primary(['replica_id', 'environment_id']);
  });

  // Per-project settings; a project without a row uses the defaults (insights/settings.ts).
  await knex.schema.createTable('insights_settings', (t) => {
    t.uuid('project_id').primary().references('projects.id').onDelete('CASCADE');
    t.integer('stale_after_days').notNullable();
    t.integer('hourly_retention_days').notNullable();
    t.integer('daily_retention_days').notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('insights_settings');
  await knex.schema.dropTable('sdk_stream_connections');
  await knex.schema.dropTable('credential_usage');
  await knex.schema.dropTable('sdk_flag_usage');
  await knex.schema.dropTable('sdk_evaluation_totals');
  await knex.schema.dropTable('sdk_flag_daily');
  await knex.raw('drop index if exists sdk_evaluation_counters_env_hour');
  await knex.schema.dropTable('sdk_evaluation_daily');
  await knex.schema.dropTable('sdk_event_batches');
}
