import { Args } from '@oclif/core';
import { BaseCommand } from '../base-command.ts';
import { completionScript } from '../completion.ts';

export default class Completion extends BaseCommand {
  static override summary =
    'Print the shell completion script: commands, flags, and the keys of flags, segments, environments and projects.';
  static override description =
    'Keys come from the server (the current profile, or the -p/--api-url on the line being completed) with a 1.5 s timeout, and are cached for 30 s in the config directory. bash: add `eval "$(ff completion bash)"` to ~/.bashrc; zsh: `eval "$(ff completion zsh)"` to ~/.zshrc after compinit.';
  static override examples = [
    'eval "$(<%= config.bin %> completion bash)"',
    'eval "$(<%= config.bin %> completion zsh)"',
  ];
  static override enableJsonFlag = false;
  static override args = {
    shell: Args.string({ options: ['bash', 'zsh'], required: true, description: 'your shell' }),
  };

  async run(): Promise<void> {
    const { args } = await this.parse(Completion);
    process.stdout.write(completionScript(args.shell as 'bash' | 'zsh', this.config.bin));
  }
}
