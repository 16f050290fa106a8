import type { Experiment } from '@ff/client';
import { ExperimentTransitionCommand, transitionArgs } from '../../experiment-transition-command.ts';

export default class ExperimentsLaunch extends ExperimentTransitionCommand {
  static override summary = 'Launch (or resume) an experiment: its flag serves the split in its environment.';
  static override examples = ['<%= config.bin %> experiments launch pricing-display'];
  static override args = transitionArgs;

  async run(): Promise<Experiment> {
    const { args } = await this.parse(ExperimentsLaunch);
    return this.transition(args.key, { action: 'launch' });
  }
}
