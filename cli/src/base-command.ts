// What every `ff` command shares: the global flags, the configuration precedence (flag > environment
// variable > repository ff.config > profile), the API client, the spinner, the confirmation for
// protected environments, and the one place errors become a line on stderr and an exit code.
// Performance note: the client (axios, zod, the generated SDK) is imported on first use, so `ff --help`
// and `ff config list` never load it.
import { Command, Flags } from '@oclif/core';
import type { Interfaces } from '@oclif/core';
import type { FfClient } from '@ff/client';
import { ConfigStore, defaultApiUrl, defaultProfileName } from './config.ts';
import { CliFailure, describeError, exitCodes, requestKeyField, usage } from './errors.ts';
import { findRepoConfig } from './repo-config.ts';
import type { FoundRepoConfig } from './repo-config.ts';
import { confirm, startStatus } from './terminal.ts';

export type BaseFlags<T extends typeof Command> = Interfaces.InferredFlags<
  (typeof BaseCommand)['baseFlags'] & T['flags']
>;

/** Where each setting came from, for `ff config list` and `ff whoami`. */
export type Source = 'flag' | 'env' | 'repo' | 'profile' | 'default' | 'none';

export interface Settings {
  profile: string;
  apiUrl: string;
  token: string | undefined;
  project: string | undefined;
  env: string | undefined;
  sources: Record<'apiUrl' | 'token' | 'project' | 'env', Source>;
  repoConfig: FoundRepoConfig | undefined;
}

function pick(candidates: [Source, string | undefined][]): [Source, string | undefined] {
  for (const [source, value] of candidates) if (value !== undefined && value !== '') return [source, value];
  return ['none', undefined];
}

export abstract class BaseCommand extends Command {
  static override enableJsonFlag = true;

  static override baseFlags = {
    profile: Flags.string({
      description: 'configuration profile to use (default: the current one, see `ff config list`)',
      env: 'FF_PROFILE',
      helpGroup: 'GLOBAL',
    }),
    project: Flags.string({ char: 'p', description: 'project key [FF_PROJECT]', helpGroup: 'GLOBAL' }),
    env: Flags.string({ char: 'e', description: 'environment key [FF_ENV]', helpGroup: 'GLOBAL' }),
    'api-url': Flags.string({ description: 'ff server URL [FF_API_URL]', helpGroup: 'GLOBAL' }),
    token: Flags.string({ description: 'API token [FF_TOKEN]', helpGroup: 'GLOBAL' }),
  };

  protected store = new ConfigStore();
  protected settings!: Settings;
  private apiClient: FfClient | undefined;
  private stopSpinner: (() => void) | undefined;
  /** The command's KEY argument, if it has one: what a refused key in the request was. */
  private keyArg: string | undefined;

  protected override async init(): Promise<void> {
    await super.init();
    const { flags, args } = await this.parse(this.ctor as typeof BaseCommand);
    this.settings = await this.resolveSettings(flags);
    const key = (args as { key?: unknown }).key;
    this.keyArg = typeof key === 'string' ? key : undefined;
  }

  /** Applies the precedence flag > environment variable > ff.config (project, env) > profile > default. */
  protected async resolveSettings(flags: {
    profile?: string;
    project?: string;
    env?: string;
    'api-url'?: string;
    token?: string;
  }): Promise<Settings> {
    const config = this.store.read();
    const profile = flags.profile ?? config.currentProfile ?? defaultProfileName;
    const saved = config.profiles[profile] ?? {};
    const repoConfig = await findRepoConfig();
    const e = process.env;
    const [apiUrlSource, apiUrl] = pick([
      ['flag', flags['api-url']],
      ['env', e.FF_API_URL],
      ['profile', saved.apiUrl],
      ['default', defaultApiUrl],
    ]);
    const [tokenSource, token] = pick([
      ['flag', flags.token],
      ['env', e.FF_TOKEN],
      ['profile', this.store.token(profile)],
    ]);
    const [projectSource, project] = pick([
      ['flag', flags.project],
      ['env', e.FF_PROJECT],
      ['repo', repoConfig?.config.project],
      ['profile', saved.project],
    ]);
    const [envSource, env] = pick([
      ['flag', flags.env],
      ['env', e.FF_ENV],
      ['repo', repoConfig?.config.env],
      ['profile', saved.env],
    ]);
    return {
      profile,
      apiUrl: apiUrl!,
      token,
      project,
      env,
      sources: { apiUrl: apiUrlSource, token: tokenSource, project: projectSource, env: envSource },
      repoConfig,
    };
  }

  protected get project(): string {
    if (this.settings.project) return this.settings.project;
    throw usage(
      'no project given',
      'pass -p KEY, set FF_PROJECT, add "project" to ff.config.json, or `ff config set project KEY`',
    );
  }

  protected get env(): string {
    if (this.settings.env) return this.settings.env;
    throw usage('no environment given', 'pass -e KEY, set FF_ENV, or `ff config set env KEY`');
  }

  /** The API client for the resolved server and token (imported on first use). */
  protected async api(): Promise<FfClient> {
    if (this.apiClient) return this.apiClient;
    const { createClient } = await import('@ff/client');
    const timeout = Number(process.env.FF_TIMEOUT_MS);
    this.apiClient = createClient({
      baseUrl: this.settings.apiUrl,
      token: this.settings.token,
      userAgent: `ff-cli/${this.config.version}`,
      ...(Number.isFinite(timeout) && timeout > 0 ? { timeoutMs: timeout } : {}),
    });
    return this.apiClient;
  }

  /**
   * Runs a call behind a spinner on stderr (only on a TTY, never in --json mode); `fn` may change its
   * text to say how far it got.
   */
  protected async step<T>(label: string, fn: (progress: (text: string) => void) => Promise<T>): Promise<T> {
    const status = this.jsonEnabled() ? undefined : startStatus(label);
    this.stopSpinner = status?.stop;
    try {
      return await fn((text) => status?.set(text));
    } finally {
      this.stopSpinner?.();
      this.stopSpinner = undefined;
    }
  }

  /**
   * Writes to a protected environment are deliberate: ask on a TTY, otherwise require --yes.
   * Reads the environment once to learn whether it is protected.
   */
  protected async confirmProtected(
    envKey: string,
    what: string,
    yes: boolean | undefined,
    project: string = this.project,
  ): Promise<void> {
    if (yes) return;
    const api = await this.api();
    const { data } = await api.getEnvironment({ path: { project, env: envKey } });
    if (!data.protected) return;
    if (!process.stdin.isTTY || !process.stderr.isTTY) {
      throw usage(`${envKey} is a protected environment`, `pass --yes to ${what} there without a prompt`);
    }
    if (!(await confirm(`${envKey} is protected. ${what}? [y/N] `))) {
      throw new CliFailure('cancelled', { exit: exitCodes.error });
    }
  }

  /** Prints a line unless --json is set (in which case run()'s return value is the output). */
  protected say(text: string): void {
    if (!this.jsonEnabled()) this.log(text);
  }

  /**
   * A key the client refused to send (it breaks the key rule) as a usage error that says which key and
   * what is wrong with it, in the engine's words; undefined for any other error. The engine is loaded
   * only here, on that error.
   */
  private async keyFailure(error: unknown): Promise<CliFailure | undefined> {
    const field = requestKeyField(error);
    if (field === undefined) return undefined;
    const value =
      field === 'project' ? this.settings?.project : field === 'env' ? this.settings?.env : this.keyArg;
    if (value === undefined) return undefined;
    const { KEY_RULE, keyProblem } = await import('@ff/engine');
    const problem = keyProblem(value);
    if (problem === undefined) return undefined;
    const kinds: Record<string, string> = {
      flags: 'flag',
      segments: 'segment',
      projects: 'project',
      envs: 'environment',
    };
    const what =
      field === 'key' ? (kinds[this.id?.split(':')[0] ?? ''] ?? '') : field === 'env' ? 'environment' : field;
    return usage(`invalid ${what ? `${what} ` : ''}key "${value}": it ${problem}`, KEY_RULE);
  }

  protected override async catch(error: Error & { oclif?: { exit?: number } }): Promise<unknown> {
    this.stopSpinner?.();
    // this.exit() and a finished --help/--version are oclif's own control flow: let them through.
    if (error.message?.startsWith('EEXIT:')) throw error;
    const failure = await this.keyFailure(error).catch(() => undefined);
    const described = describeError(failure ?? error, this.settings?.apiUrl ?? defaultApiUrl);
    if (this.jsonEnabled()) {
      const { exitCode, ...rest } = described;
      this.logJson({ error: { ...rest, exitCode } });
    }
    const hint = described.hint ? ` (hint: ${described.hint})` : '';
    process.stderr.write(`ff: ${described.message}${hint}\n`);
    return this.exit(described.exitCode);
  }
}
