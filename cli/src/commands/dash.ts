import { BaseCommand } from '../base-command.ts';
import { usage } from '../errors.ts';

export default class Dash extends BaseCommand {
  static override summary =
    'The interactive terminal dashboard: every flag per environment, live, keyboard-driven.';
  static override description =
    'Full-screen: a sidebar of pages (Home, Flags, Segments, Experiments, Insights, Audit, Members, Settings), a main pane and a status line. Changes made elsewhere appear within a second (the project change stream). Press ? inside for every key. Honours NO_COLOR; needs a terminal of at least 80×24.';
  static override aliases = ['ui'];
  static override enableJsonFlag = false;
  static override examples = [
    '<%= config.bin %> dash',
    '<%= config.bin %> dash -p checkout -e production',
    '<%= config.bin %> ui',
  ];

  async run(): Promise<void> {
    if (!process.stdin.isTTY || !process.stdout.isTTY)
      throw usage('ff dash needs a terminal', 'use `ff flags list` (or --json) in scripts and pipes');
    const project = this.project;
    const api = await this.api();
    // Performance note: React picks its build when it is first loaded. Unless told otherwise, the
    // dashboard runs the production one: the development build records an owner stack for every element,
    // which made a redraw of the 5,000-flag list several times slower and its garbage the p99.
    process.env.NODE_ENV ??= 'production';
    const [{ runDash }, { noColorFromEnv }] = await Promise.all([
      import('../tui/run.ts'),
      import('../tui/components/theme.ts'),
    ]);
    await runDash({
      api,
      apiUrl: this.settings.apiUrl,
      token: this.settings.token,
      profile: this.settings.profile,
      project,
      env: this.settings.env,
      noColor: noColorFromEnv(),
    });
  }
}
