import type { Knex } from 'knex';

// Where a change came from: the client's IP (behind trusted proxies, from X-Forwarded-For; see
// http/request-source.ts) and its User-Agent. Null for entries written before this migration and for
// changes made outside a request. Text, not inet: the value is only shown and compared whole, and the
// checks bound what a header can put there.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('audit_log', (t) => {
    t.text('source_ip');
    t.text('source_user_agent');
    t.check('source_ip is null or length(source_ip) <= 45', [], 'audit_log_source_ip_length');
    t.check(
      'source_user_agent is null or length(source_user_agent) <= 512',
      [],
      'audit_log_source_user_agent_length',
    );
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('audit_log', (t) => {
    t.dropChecks(['audit_log_source_ip_length', 'audit_log_source_user_agent_length']);
    t.dropColumn('source_ip');
    t.dropColumn('source_user_agent');
  });
}
