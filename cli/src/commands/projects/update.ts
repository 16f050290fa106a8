import { Args, Flags } from '@oclif/core';
import type { Project, ProjectUpdate } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { usage } from '../../errors.ts';
import { retentionText } from '../../project-view.ts';

/** `--event-retention-days`: a whole number of days, or `default` (the server's FF_EVENT_RETENTION_DAYS). */
function retentionOf(text: string): number | null | undefined {
  if (text === 'default') return null;
  return /^[0-9]+$/.test(text) ? Number(text) : undefined;
}

export default class ProjectsUpdate extends BaseCommand {
  static override summary = "Change a project's name, description or raw-event retention (project admin).";
  static override description =
    'Raw SDK events (tracked events, exposures) older than the retention are deleted, except what a running ' +
    "or paused experiment still reads; `default` uses the server's FF_EVENT_RETENTION_DAYS (or keeps them " +
    'forever without it). Sent with If-Match: a concurrent change is refused, not overwritten.';
  static override examples = [
    '<%= config.bin %> projects update --event-retention-days 90',
    '<%= config.bin %> projects update checkout --name Checkout --event-retention-days default',
  ];
  static override args = { key: Args.string({ description: 'project key (default: -p / config)' }) };
  static override flags = {
    name: Flags.string({ description: 'display name' }),
    description: Flags.string({ char: 'd' }),
    'event-retention-days': Flags.string({ description: "days to keep raw SDK events, or 'default'" }),
  };

  async run(): Promise<Project> {
    const { args, flags } = await this.parse(ProjectsUpdate);
    const body: ProjectUpdate = {};
    if (flags.name !== undefined) body.name = flags.name;
    if (flags.description !== undefined) body.description = flags.description;
    if (flags['event-retention-days'] !== undefined) {
      const days = retentionOf(flags['event-retention-days']);
      if (days === undefined)
        throw usage(
          `--event-retention-days must be a number of days or 'default', not "${flags['event-retention-days']}"`,
        );
      body.eventRetentionDays = days;
    }
    if (Object.keys(body).length === 0) throw usage('nothing to change', 'see ff projects update --help');
    const project = args.key ?? this.project;
    const api = await this.api();
    const { data: p } = await this.step(`Updating ${project}`, async () => {
      const current = await api.getProject({ path: { project } });
      return api.updateProject({
        path: { project },
        headers: { 'If-Match': String(current.headers.etag) },
        body,
      });
    });
    this.say(
      `updated project ${p.key} (version ${p.version}): raw events kept ${retentionText(p.eventRetentionDays)}`,
    );
    return p;
  }
}
