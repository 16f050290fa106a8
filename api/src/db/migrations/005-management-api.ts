import type { Knex } from 'knex';

// What the management API needs beyond the foundation's schema: optimistic versions and invitations on
// memberships, a project scope for project-admin service tokens, and audit fields for comments,
// reverts and actors that outlive their accounts.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('memberships', (t) => {
    t.integer('version').notNullable().defaultTo(1);
    // SHA-256 of the invite code of a pending membership; cleared when accepted.
    t.text('invite_hash').unique();
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.alterTable('api_tokens', (t) => {
    t.uuid('project_id').references('projects.id').onDelete('CASCADE');
  });
  await knex.schema.alterTable('audit_log', (t) => {
    // Denormalized on purpose: the entry must still say who acted after the user or token is gone.
    t.text('actor_email');
    t.text('actor_token_name');
    t.text('comment');
    t.bigInteger('revert_of');
  });
  await knex.raw(
    'create index audit_log_actor_email on audit_log (organization_id, lower(actor_email), created_at)',
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index if exists audit_log_actor_email');
  await knex.schema.alterTable('audit_log', (t) => {
    t.dropColumn('revert_of');
    t.dropColumn('comment');
    t.dropColumn('actor_token_name');
    t.dropColumn('actor_email');
  });
  await knex.schema.alterTable('api_tokens', (t) => {
    t.dropColumn('project_id');
  });
  await knex.schema.alterTable('memberships', (t) => {
    t.dropColumn('updated_at');
    t.dropColumn('invite_hash');
    t.dropColumn('version');
  });
}
