import type { Experiment } from '@ff/client';
import { ExperimentTransitionCommand, transitionArgs } from '../../experiment-transition-command.ts';

export default class ExperimentsArchive extends ExperimentTransitionCommand {
  static override summary = 'Archive a draft or stopped experiment (hidden from lists).';
  static override examples = ['<%= config.bin %> experiments archive pricing-display'];
  static override args = transitionArgs;

  async run(): Promise<Experiment> {
    const { args } = await this.parse(ExperimentsArchive);
    return this.transition(args.key, { action: 'archive' });
  }
}
