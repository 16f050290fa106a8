import type { Knex } from 'knex';

// Change control (issue 16): scheduled changes and progressive rollouts, webhooks with their outbox and
// delivery log, change requests, and the per-environment approval settings.
export async function up(knex: Knex): Promise<void> {
  // A schedule changes one flag's configuration in one environment in steps (one step: a scheduled
  // change; several: a progressive rollout). Steps are rows so that each is claimed on its own
  // (FOR UPDATE SKIP LOCKED): two replicas never execute the same step.
  await knex.schema.createTable('schedules', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('organization_id').notNullable().references('organizations.id').onDelete('CASCADE');
    t.uuid('project_id').notNullable().references('projects.id').onDelete('CASCADE');
    t.uuid('environment_id').notNullable().references('environments.id').onDelete('CASCADE');
    t.uuid('flag_id').notNullable().references('flags.id').onDelete('CASCADE');
    // Who scheduled it: each step is executed as the scheduler acting for this person.
    t.uuid('created_by_user_id');
    t.text('created_by_email');
    t.text('status').notNullable().defaultTo('active'); // active | paused | completed | cancelled | failed
    t.text('missed_step_policy').notNullable().defaultTo('run'); // run | skip
    // The configuration the next step expects to find (the base-changed rule compares against it).
    t.jsonb('base_config').notNullable();
    t.integer('base_version').notNullable();
    t.text('comment');
    t.text('failure');
    t.timestamp('paused_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['project_id', 'status']);
  });
  await knex.schema.createTable('schedule_steps', (t) => {
    t.bigIncrements('id').primary();
    t.uuid('schedule_id').notNullable().references('schedules.id').onDelete('CASCADE');
    t.integer('position').notNullable();
    t.timestamp('run_at', { useTz: true }).notNullable();
    t.jsonb('actions').notNullable();
    t.text('status').notNullable().defaultTo('pending'); // pending | done | skipped | failed | cancelled
    t.timestamp('executed_at', { useTz: true });
    t.integer('result_version');
    t.bigInteger('audit_id');
    t.text('detail');
    t.unique(['schedule_id', 'position']);
  });
  await knex.raw("create index schedule_steps_due on schedule_steps (run_at) where status = 'pending'");

  // Webhook subscriptions of a project. The secret signs deliveries, so it must be readable by the
  // server (a hash could not sign): it is stored as given, never logged, never returned after creation.
  await knex.schema.createTable('webhooks', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('organization_id').notNullable().references('organizations.id').onDelete('CASCADE');
    t.uuid('project_id').notNullable().references('projects.id').onDelete('CASCADE');
    t.text('key').notNullable();
    t.text('url').notNullable();
    t.text('format').notNullable().defaultTo('json'); // json | slack
    t.specificType('events', 'text[]').notNullable();
    t.text('secret').notNullable();
    t.boolean('enabled').notNullable().defaultTo(true);
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['project_id', 'key']);
  });
  // The outbox and the delivery log in one: a row is written in the transaction of the change it
  // reports (so a committed change always has its deliveries), then claimed, sent, retried.
  await knex.schema.createTable('webhook_deliveries', (t) => {
    t.bigIncrements('id').primary();
    t.uuid('webhook_id').notNullable().references('webhooks.id').onDelete('CASCADE');
    t.text('event').notNullable();
    t.bigInteger('audit_id');
    t.jsonb('payload').notNullable();
    t.text('status').notNullable().defaultTo('pending'); // pending | delivered | failed
    t.integer('attempts').notNullable().defaultTo(0);
    t.timestamp('next_attempt_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    // A replica that claims a delivery leases it until then; one killed mid-delivery lets it expire.
    t.timestamp('lease_until', { useTz: true });
    t.integer('last_status_code');
    t.text('last_error');
    t.timestamp('delivered_at', { useTz: true });
    t.bigInteger('redelivery_of');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['webhook_id', 'created_at']);
  });
  await knex.raw(
    "create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending'",
  );
  await knex.schema.createTable('webhook_attempts', (t) => {
    t.bigIncrements('id').primary();
    t.bigInteger('delivery_id').notNullable().references('webhook_deliveries.id').onDelete('CASCADE');
    t.integer('attempt').notNullable();
    t.integer('status_code');
    t.text('error');
    t.integer('duration_ms').notNullable();
    t.timestamp('at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['delivery_id']);
  });

  // Approval settings per environment.
  await knex.schema.alterTable('environments', (t) => {
    t.boolean('requires_approval').notNullable().defaultTo(false);
    t.boolean('requires_comment').notNullable().defaultTo(false);
  });
  await knex.schema.createTable('change_requests', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('organization_id').notNullable().references('organizations.id').onDelete('CASCADE');
    t.uuid('project_id').notNullable().references('projects.id').onDelete('CASCADE');
    t.uuid('environment_id').notNullable().references('environments.id').onDelete('CASCADE');
    t.uuid('flag_id').notNullable().references('flags.id').onDelete('CASCADE');
    t.jsonb('actions').notNullable();
    t.jsonb('before').notNullable();
    t.jsonb('after').notNullable();
    t.integer('base_version').notNullable();
    t.text('comment');
    t.uuid('author_user_id');
    t.text('author_email');
    t.text('status').notNullable().defaultTo('pending'); // pending | applied | rejected | expired | conflict
    t.uuid('decided_by_user_id');
    t.text('decided_by_email');
    t.text('decision_comment');
    t.timestamp('decided_at', { useTz: true });
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['project_id', 'status']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('change_requests');
  await knex.schema.alterTable('environments', (t) => {
    t.dropColumn('requires_comment');
    t.dropColumn('requires_approval');
  });
  await knex.schema.dropTable('webhook_attempts');
  await knex.schema.dropTable('webhook_deliveries');
  await knex.schema.dropTable('webhooks');
  await knex.schema.dropTable('schedule_steps');
  await knex.schema.dropTable('schedules');
}
