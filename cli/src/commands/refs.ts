import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../base-command.ts';
import { CliFailure, usage } from '../errors.ts';
import { table } from '../terminal.ts';
import type { FlagReferences, RefsReport } from '../refs/report.ts';

export default class Refs extends BaseCommand {
  static override summary =
    'Find where code references flags: file:line per flag, from a scan of a repository.';
  static override description = [
    'Scans PATH (default: the current directory) the way git sees it: files a .gitignore at any level',
    'ignores are skipped, as are binary files and files over 1 MiB. A reference is a quoted string equal to a',
    'flag key, the constant `ff codegen` generates for it (NEW_CHECKOUT), an alias or a pattern from',
    'ff.config `refs`, or the key argument of an SDK call (isEnabled("…"), getValue("…"), …), which also',
    'finds keys of flags that do not exist. Flags come from the API (-p), or offline from --keys-from.',
    '--check exits 1 when code references an archived or unknown (deleted, misspelt) flag; --push stores',
    'the result in the API under the repository name, branch and commit, for insights.',
  ].join('\n');
  static override examples = [
    '<%= config.bin %> refs',
    '<%= config.bin %> refs src --check',
    '<%= config.bin %> refs --keys-from flags.yaml --json',
    '<%= config.bin %> refs --push',
  ];
  static override args = {
    path: Args.string({ description: 'directory to scan', default: '.' }),
  };
  static override flags = {
    check: Flags.boolean({ description: 'exit 1 when code references an archived or unknown flag' }),
    push: Flags.boolean({
      description: 'send the result to the API (repository, branch and commit from git)',
    }),
    'keys-from': Flags.string({
      description: 'read the flags from a flags.yaml or JSON snapshot instead of the API',
    }),
    repository: Flags.string({
      description: 'repository name for --push [ff.config refs.repository, else the git remote]',
    }),
    branch: Flags.string({ description: 'branch for --push [git]' }),
    commit: Flags.string({ description: 'commit for --push [git]' }),
    locations: Flags.integer({ description: 'locations shown per flag in the table', default: 3, min: 0 }),
  };

  async run(): Promise<RefsReport> {
    const { args, flags } = await this.parse(Refs);
    const root = resolve(args.path);
    if (!existsSync(root)) throw usage(`no directory ${args.path}`);
    // The scanned tree's own ff.config, when it has one, rather than the working directory's.
    const { findRepoConfig } = await import('../repo-config.ts');
    const repoConfig = (await findRepoConfig(root)) ?? this.settings.repoConfig;
    const config = repoConfig?.config.refs ?? {};
    const { keysFromApi, keysFromFile } = await import('../refs/keys.ts');
    let known;
    if (flags['keys-from']) {
      try {
        known = await keysFromFile(flags['keys-from']);
      } catch (error) {
        throw usage(`cannot read flags from ${flags['keys-from']}: ${(error as Error).message}`);
      }
    } else {
      const api = await this.api();
      known = await this.step('Reading flags', () => keysFromApi(api, this.project));
    }

    // The file ff codegen writes names every key: it is not a reference.
    const exclude = [...(config.exclude ?? [])];
    const codegenOut = repoConfig?.config.codegen?.out ?? 'src/ff-flags.ts';
    const generated = relative(root, resolve(repoConfig ? dirname(repoConfig.path) : root, codegenOut));
    if (!generated.startsWith('..')) exclude.push(`/${generated.split('\\').join('/')}`);

    const { scanTree } = await import('../refs/run.ts');
    const { PatternError } = await import('../refs/matcher.ts');
    let scanned;
    try {
      scanned = await this.step('Scanning', () =>
        scanTree(root, {
          known,
          exclude,
          aliases: config.aliases,
          patterns: config.patterns,
          calls: config.calls,
          maxFileBytes: config.maxFileBytes,
        }),
      );
    } catch (error) {
      if (error instanceof PatternError)
        throw usage(error.message, 'fix ff.config refs (see "Code references" in cli/README.md)');
      throw error;
    }
    const { gitInfo, sanitizeRepository } = await import('../refs/git.ts');
    const git = gitInfo(root);
    const repository = flags.repository ?? config.repository ?? git.repository;
    const report: RefsReport = {
      ...scanned,
      repository: repository === undefined ? undefined : sanitizeRepository(repository),
      branch: flags.branch ?? git.branch,
      commit: flags.commit ?? git.commit,
    };

    if (!this.jsonEnabled()) this.render(report, flags.locations);

    if (flags.push) await this.pushReport(report);

    if (flags.check) {
      const { problems } = await import('../refs/report.ts');
      const bad = problems(report);
      if (bad.length > 0) {
        const lines = bad.map(
          (f) =>
            `  ${f.key} (${f.status === 'archived' ? 'archived' : 'no such flag'}): ${f.locations
              .slice(0, 3)
              .map((l) => `${l.path}:${l.line}`)
              .join(', ')}${f.locations.length > 3 ? ', …' : ''}`,
        );
        if (!this.jsonEnabled()) this.logToStderr(lines.join('\n'));
        throw new CliFailure(
          `code references ${bad.length} archived or unknown flag${bad.length === 1 ? '' : 's'}`,
          {
            hint: 'remove the references (or unarchive / create the flag), then run `ff refs --check` again',
          },
        );
      }
    }
    return report;
  }

  private render(report: RefsReport, shown: number): void {
    if (report.flags.length === 0) this.log('No flag references found.');
    else
      this.log(
        table<FlagReferences>(report.flags, [
          { header: 'FLAG', get: (f) => f.key },
          { header: 'STATUS', get: (f) => f.status },
          { header: 'REFS', get: (f) => String(f.references) },
          {
            header: 'LOCATIONS',
            get: (f) =>
              f.locations
                .slice(0, shown)
                .map((l) => `${l.path}:${l.line}`)
                .join(', ') + (f.locations.length > shown ? ` (+${f.locations.length - shown})` : ''),
          },
        ]),
      );
    const { scanned, skipped, ignored } = report.files;
    this.say(
      `${report.flags.reduce((n, f) => n + f.references, 0)} references to ${report.flags.length} flags in ${scanned} files (${ignored} ignored, ${skipped} binary or large) in ${(report.durationMs / 1000).toFixed(2)} s`,
    );
  }

  private async pushReport(report: RefsReport): Promise<void> {
    if (!report.repository)
      throw usage('no repository name', 'pass --repository NAME or set refs.repository in ff.config');
    if (!report.branch || !report.commit)
      throw usage('no branch or commit (not a git checkout?)', 'pass --branch and --commit');
    const { toPushBody } = await import('../refs/push.ts');
    const api = await this.api();
    const { data } = await this.step('Pushing', async () =>
      api.putCodeReferences({
        path: { project: this.project, repository: report.repository! },
        body: toPushBody(report),
      }),
    );
    this.say(
      `pushed ${data.references} references to ${data.flags} flags for ${data.repository}@${data.branch} (${data.commit.slice(0, 12)})`,
    );
  }
}
