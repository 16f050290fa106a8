import { Flags } from '@oclif/core';
import type { AuditEntry } from '@ff/client';
import { BaseCommand } from '../base-command.ts';
import { auditTable } from './flags/history.ts';

export default class Audit extends BaseCommand {
  static override summary =
    'The audit log, newest first: every change, who made it, and its id for `ff flags revert`.';
  static override examples = [
    '<%= config.bin %> audit',
    '<%= config.bin %> audit --flag new-checkout --since 2026-01-01',
    '<%= config.bin %> audit --actor alice@example.com --action flag_config.change --json',
  ];
  static override flags = {
    flag: Flags.string({ description: 'only this flag of the project (and its configurations)' }),
    segment: Flags.string({ description: 'only this segment of the project' }),
    actor: Flags.string({ description: 'only changes by this email' }),
    action: Flags.string({ description: 'e.g. flag.create, flag_config.change' }),
    since: Flags.string({ description: 'ISO date or date-time' }),
    until: Flags.string({ description: 'ISO date or date-time' }),
    limit: Flags.integer({ char: 'n', min: 1, max: 500, default: 50 }),
  };

  async run(): Promise<AuditEntry[]> {
    const { flags } = await this.parse(Audit);
    const api = await this.api();
    const iso = (d: string | undefined) =>
      d === undefined ? undefined : d.includes('T') ? d : `${d}T00:00:00Z`;
    let resource: string | undefined;
    if (flags.flag) resource = `projects/${this.project}/flags/${flags.flag}`;
    else if (flags.segment) resource = `projects/${this.project}/segments/${flags.segment}`;
    else if (this.settings.sources.project === 'flag') resource = `projects/${this.project}`;
    const { data } = await this.step('Reading the audit log', () =>
      api.listAudit({
        query: {
          resource,
          actor: flags.actor,
          action: flags.action,
          since: iso(flags.since),
          until: iso(flags.until),
          limit: flags.limit,
        },
      }),
    );
    this.say(auditTable(data.items));
    return data.items;
  }
}
