import { Flags } from '@oclif/core';
import { BaseCommand } from '../base-command.ts';
import { usage } from '../errors.ts';
import { ask } from '../terminal.ts';

export default class Login extends BaseCommand {
  static override summary =
    'Sign in and store a token for the profile (email + password, an existing --token, or an --invite code).';
  static override description =
    'The token is saved in credentials.json in the config directory, readable only by you. Without --password you are prompted (on a TTY). With --invite, accepts an invitation (`ff members invite` printed its code): a new account chooses its password here (at least 12 characters), one that has a password already accepts without one.';
  static override examples = [
    '<%= config.bin %> login --email alice@example.com',
    '<%= config.bin %> login --token ff_pat_… --api-url https://ff.example.com --profile work',
    'echo "$PASSWORD" | <%= config.bin %> login --email ci@example.com --password-stdin',
    '<%= config.bin %> login --invite 3q2-… --api-url https://ff.example.com',
  ];
  static override flags = {
    email: Flags.string({ description: 'your email' }),
    password: Flags.string({ description: 'your password (prefer the prompt or --password-stdin)' }),
    'password-stdin': Flags.boolean({ description: 'read the password from stdin' }),
    invite: Flags.string({
      description: 'accept an invitation with its code (from `ff members invite`) and sign in',
      exclusive: ['email', 'token'],
    }),
    name: Flags.string({ description: 'with --invite: your name', dependsOn: ['invite'] }),
  };

  async run(): Promise<{ profile: string; apiUrl: string; user: string | null; tokenPrefix: string }> {
    const { flags } = await this.parse(Login);
    let token = this.settings.sources.token === 'flag' ? this.settings.token : undefined;
    if (flags.invite !== undefined) {
      token = await this.acceptInvite(flags.invite, flags);
    } else if (token === undefined) {
      const tty = process.stdin.isTTY === true;
      const email = flags.email ?? (tty ? await ask('email: ') : undefined);
      const password =
        (await passwordFrom(flags)) ?? (tty ? await ask('password: ', { hidden: true }) : undefined);
      if (!email || !password) {
        throw usage('login needs --email and a password (or --token)', 'on a TTY you are prompted for them');
      }
      const anonymous = await this.anonymousApi();
      const { data } = await this.step('Signing in', () =>
        anonymous.login({ body: { email, password, tokenName: `ff cli (${this.settings.profile})` } }),
      );
      token = data.token;
    }
    this.settings.token = token;
    const { data: me } = await this.step('Checking the token', async () => (await this.api()).getMe());
    const profile = this.settings.profile;
    this.store.updateProfile(profile, {
      apiUrl: this.settings.apiUrl,
      ...(this.settings.sources.project === 'flag' ? { project: this.settings.project } : {}),
    });
    this.store.setToken(profile, token);
    if (this.store.read().currentProfile === undefined) this.store.setCurrent(profile);
    const who = me.user?.email ?? null;
    this.say(
      `signed in to ${this.settings.apiUrl} as ${who ?? me.token.name} (${me.role}); profile "${profile}" saved`,
    );
    return { profile, apiUrl: this.settings.apiUrl, user: who, tokenPrefix: me.token.prefix };
  }

  private async anonymousApi() {
    const { createClient } = await import('@ff/client');
    return createClient({ baseUrl: this.settings.apiUrl, userAgent: `ff-cli/${this.config.version}` });
  }

  /**
   * Accepts the invitation and returns the personal token it gives. The password is optional: a new
   * account sets one here (prompted on a TTY, Enter for none), an existing one already has it.
   */
  private async acceptInvite(
    inviteCode: string,
    flags: { password?: string; 'password-stdin'?: boolean; name?: string },
  ): Promise<string> {
    let password = await passwordFrom(flags);
    if (password === undefined && process.stdin.isTTY === true) {
      const chosen = await ask('choose a password (at least 12 characters; Enter if you have one): ', {
        hidden: true,
      });
      password = chosen === '' ? undefined : chosen;
    }
    const anonymous = await this.anonymousApi();
    const { data } = await this.step('Accepting the invitation', () =>
      anonymous.acceptInvite({
        body: {
          inviteCode,
          ...(password !== undefined ? { password } : {}),
          ...(flags.name !== undefined ? { name: flags.name } : {}),
        },
      }),
    );
    this.say('invitation accepted');
    return data.token;
  }
}

async function passwordFrom(flags: {
  password?: string;
  'password-stdin'?: boolean;
}): Promise<string | undefined> {
  if (flags.password !== undefined) return flags.password;
  if (flags['password-stdin']) return (await readStdin()).replace(/\r?\n$/, '');
  return undefined;
}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text;
}
