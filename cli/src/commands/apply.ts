import { readFileSync } from 'node:fs';
import { Flags } from '@oclif/core';
import { BaseCommand } from '../base-command.ts';
import { CliFailure, describeError, exitCodes, usage } from '../errors.ts';
import { confirm } from '../terminal.ts';

export default class Apply extends BaseCommand {
  static override summary = 'Make the project match flags.yaml.';
  static override description = [
    'Plans as `ff plan` does, prints the plan, then applies it. Every write sends If-Match with the version',
    'the plan read, so a resource changed meanwhile is refused (exit 3) instead of overwritten. With --plan',
    '(from `ff plan --out`), first re-reads the project and refuses if anything changed since that plan.',
    'Applying the same file twice changes nothing the second time. Changes in a protected environment ask',
    'for confirmation on a terminal; without one they need --yes.',
  ].join('\n');
  static override examples = [
    '<%= config.bin %> apply -f flags.yaml',
    '<%= config.bin %> plan -f flags.yaml --out plan.json && <%= config.bin %> apply -f flags.yaml --plan plan.json',
    '<%= config.bin %> apply -f flags.yaml --prune --yes --comment "release 42"',
  ];

  static override flags = {
    file: Flags.string({ char: 'f', description: 'the flags file (`-` for stdin)', required: true }),
    plan: Flags.string({
      description: 'a plan saved by `ff plan --out`: refuse if the remote changed since',
    }),
    prune: Flags.boolean({ description: 'also delete flags and segments the file does not list' }),
    yes: Flags.boolean({ char: 'y', description: 'do not ask before changing protected environments' }),
    comment: Flags.string({ description: 'recorded in the audit entries [ff apply -f FILE]' }),
  };

  async run() {
    const { flags } = await this.parse(Apply);
    const { planFile, stalePlanReasons } = await import('../flags-as-code/workflow.ts');
    const { renderPlan } = await import('../flags-as-code/render.ts');
    const { summarize } = await import('../flags-as-code/diff.ts');
    const { FlagsFileError } = await import('../flags-as-code/format.ts');
    const { ApplyError, executePlan } = await import('../flags-as-code/execute.ts');
    const api = await this.api();
    const project = this.settings.sources.project === 'flag' ? this.settings.project : undefined;

    let prune = flags.prune;
    let saved;
    if (flags.plan) {
      try {
        saved = JSON.parse(readFileSync(flags.plan, 'utf8'));
      } catch (error) {
        throw usage(`cannot read the plan ${flags.plan}: ${(error as Error).message}`);
      }
      prune ||= saved.prune === true;
    }
    const { file, remote, plan } = await this.step('Planning', (progress) =>
      planFile(api, flags.file, { project, prune, progress }).catch((error: unknown) => {
        // Exit 1, not 2: for plan, 2 means "there are changes".
        throw error instanceof FlagsFileError ? new CliFailure(`${flags.file}: ${error.message}`) : error;
      }),
    );
    if (saved) {
      const reasons = stalePlanReasons(saved, plan);
      if (reasons.length > 0) {
        throw new CliFailure(`the plan ${flags.plan} is stale: ${reasons.slice(0, 5).join('; ')}`, {
          exit: exitCodes.conflict,
          hint: `run \`ff plan -f ${flags.file} --out ${flags.plan}\` again and review it`,
        });
      }
    }
    const source = flags.file === '-' ? 'stdin' : flags.file;
    if (plan.changes.length === 0) {
      this.say(renderPlan(plan, source));
      return { applied: 0, plan };
    }
    this.say(renderPlan(plan, source) + '\n');

    // Protected now, or protected by this file (an environment it creates or protects).
    const touched = new Set(
      plan.changes.flatMap((c) =>
        c.type === 'flagConfig' ? [c.env!] : c.type === 'environment' ? [c.key] : [],
      ),
    );
    const guarded = [...touched]
      .filter((e) => remote.environments[e]?.protected || file.environments[e]?.protected)
      .sort();
    if (guarded.length > 0 && !flags.yes) {
      const what = `apply changes to protected environment${guarded.length > 1 ? 's' : ''} ${guarded.join(', ')}`;
      if (!process.stdin.isTTY || !process.stderr.isTTY)
        throw usage(`refusing to ${what} without --yes`, 'review the plan, then pass --yes');
      if (!(await confirm(`${what}? [y/N] `))) throw new CliFailure('cancelled');
    }

    try {
      const applied = await executePlan(api, plan, file, {
        comment: flags.comment ?? `ff apply -f ${source}`,
        onApplied: (c) =>
          this.say(
            `  ✓ ${c.action} ${c.type === 'flagConfig' ? `flag ${c.key} in ${c.env}` : `${c.type === 'segmentMembers' ? 'segment members' : c.type} ${c.key}`}`,
          ),
      });
      const { add, change, destroy } = summarize(plan);
      this.say(`\nApply complete: ${add} added, ${change} changed, ${destroy} destroyed.`);
      return { applied, plan };
    } catch (error) {
      if (!(error instanceof ApplyError)) throw error;
      const described = describeError(error.cause, this.settings.apiUrl);
      const where =
        error.change.type === 'flagConfig'
          ? `flag ${error.change.key} in ${error.change.env}`
          : `${error.change.type} ${error.change.key}`;
      const stale = described.status === 412 ? ' changed since the plan' : '';
      throw new CliFailure(
        `${where}${stale}: ${described.message}; ${error.applied} of ${plan.changes.length} changes were applied before it`,
        { exit: described.exitCode, hint: `run \`ff plan -f ${source}\` again to see where things stand` },
      );
    }
  }
}
