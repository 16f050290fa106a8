import { writeFileSync } from 'node:fs';
import { Flags } from '@oclif/core';
import { BaseCommand } from '../base-command.ts';
import { CliFailure } from '../errors.ts';

export default class Plan extends BaseCommand {
  static override summary = 'Show what `ff apply` would change to make the project match flags.yaml.';
  static override description = [
    'A terraform-style diff: + create, ~ update (with each changed field), - delete (only with --prune).',
    'Exit codes: 0 no changes, 2 changes, 1 an error (an invalid file: every offending path is named).',
    'With --out, saves the plan with the version of every resource it read: `ff apply --plan` refuses to',
    'apply it if anything changed remotely since.',
  ].join('\n');
  static override examples = [
    '<%= config.bin %> plan -f flags.yaml',
    '<%= config.bin %> plan -f flags.yaml --prune --out plan.json',
    '<%= config.bin %> plan -f flags.yaml -p demo-copy',
  ];

  static override flags = {
    file: Flags.string({ char: 'f', description: 'the flags file (`-` for stdin)', required: true }),
    prune: Flags.boolean({ description: 'also delete flags and segments the file does not list' }),
    out: Flags.string({ char: 'o', description: 'save the plan (JSON) for `ff apply --plan`' }),
  };

  async run() {
    const { flags } = await this.parse(Plan);
    const { planFile, savePlan } = await import('../flags-as-code/workflow.ts');
    const { renderPlan } = await import('../flags-as-code/render.ts');
    const { FlagsFileError } = await import('../flags-as-code/format.ts');
    const api = await this.api();
    // The file names its project; only an explicit -p overrides it (a stray FF_PROJECT must not).
    const project = this.settings.sources.project === 'flag' ? this.settings.project : undefined;
    const { plan } = await this.step('Planning', (progress) =>
      planFile(api, flags.file, { project, prune: flags.prune, progress }).catch((error: unknown) => {
        // Exit 1, not 2: for plan, 2 means "there are changes".
        throw error instanceof FlagsFileError ? new CliFailure(`${flags.file}: ${error.message}`) : error;
      }),
    );
    if (flags.out) writeFileSync(flags.out, savePlan(plan, flags.prune));
    if (this.jsonEnabled()) this.logJson(plan);
    else {
      this.log(renderPlan(plan, flags.file === '-' ? 'stdin' : flags.file));
      if (flags.out && plan.changes.length > 0)
        this.log(`\nSaved to ${flags.out}: ff apply -f ${flags.file} --plan ${flags.out}`);
    }
    // terraform's -detailed-exitcode: scripts can tell "in sync" from "drifted" without parsing.
    if (plan.changes.length > 0) this.exit(2);
  }
}
