import type { Knex } from 'knex';

// Identity and tenancy: organizations, users, and who may do what where.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('organizations', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('key').notNullable().unique();
    t.text('name').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });

  await knex.schema.createTable('users', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('email').notNullable();
    t.text('name').notNullable().defaultTo('');
    // Null until a password is set: token-only and (later) OIDC users have none.
    t.text('password_hash');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  // Case-insensitive uniqueness without the citext extension, so it works the same on PGlite and Postgres.
  await knex.raw('create unique index users_email_lower_unique on users (lower(email))');

  await knex.schema.createTable('memberships', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('organization_id').notNullable().references('organizations.id').onDelete('CASCADE');
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('role').notNullable();
    // Only for project_admin: the project it administers (FK added with projects in 002).
    t.uuid('project_id');
    t.text('status').notNullable().defaultTo('active');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.check(`role in ('owner','admin','project_admin','developer','viewer')`, [], 'memberships_role_check');
    t.check(`status in ('pending','active')`, [], 'memberships_status_check');
    // A project scope only makes sense for a project admin (and a project admin needs one).
    t.check(`(role = 'project_admin') = (project_id is not null)`, [], 'memberships_project_scope_check');
    t.index(['user_id']);
  });
  // One organization-wide membership per user, plus one per project for project admins.
  await knex.raw(
    `create unique index memberships_scope_unique on memberships
       (organization_id, user_id, coalesce(project_id, '00000000-0000-0000-0000-000000000000'::uuid))`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('memberships');
  await knex.schema.dropTable('users');
  await knex.schema.dropTable('organizations');
}
