import { Flags } from '@oclif/core';
import type { Experiment } from '@ff/client';
import { usage } from '../../errors.ts';
import { ExperimentTransitionCommand, transitionArgs } from '../../experiment-transition-command.ts';

export default class ExperimentsStop extends ExperimentTransitionCommand {
  static override summary =
    'Stop an experiment for good (it never runs again); with --winner --rollout, serve the winner to everyone in the same step.';
  static override examples = [
    '<%= config.bin %> experiments stop pricing-display',
    '<%= config.bin %> experiments stop pricing-display --winner fees-upfront --rollout --notes "+4.1% purchases"',
  ];
  static override args = transitionArgs;
  static override flags = {
    winner: Flags.string({ description: 'the variant that won' }),
    rollout: Flags.boolean({ description: 'serve the winner to everyone (needs --winner)' }),
    notes: Flags.string({ char: 'm', description: 'the decision, in words' }),
  };

  async run(): Promise<Experiment> {
    const { args, flags } = await this.parse(ExperimentsStop);
    if (flags.rollout && !flags.winner)
      throw usage('--rollout needs --winner', 'e.g. --winner treatment --rollout');
    return this.transition(args.key, {
      action: 'stop',
      ...(flags.winner ? { winner: flags.winner } : {}),
      ...(flags.rollout ? { rollout: true } : {}),
      ...(flags.notes ? { notes: flags.notes } : {}),
    });
  }
}
