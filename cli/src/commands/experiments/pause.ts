import type { Experiment } from '@ff/client';
import { ExperimentTransitionCommand, transitionArgs } from '../../experiment-transition-command.ts';

export default class ExperimentsPause extends ExperimentTransitionCommand {
  static override summary = 'Pause a running experiment: control is served; launch resumes it.';
  static override examples = ['<%= config.bin %> experiments pause pricing-display'];
  static override args = transitionArgs;

  async run(): Promise<Experiment> {
    const { args } = await this.parse(ExperimentsPause);
    return this.transition(args.key, { action: 'pause' });
  }
}
