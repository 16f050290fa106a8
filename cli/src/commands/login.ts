import { Flags } from '@oclif/core';
import { BaseCommand } from '../base-command.ts';
import { usage } from '../errors.ts';
import { ask } from '../terminal.ts';

export default class Login extends BaseCommand {
  static override summary =
    'Sign in and store a token for the profile (email + password, or an existing --token).';
  static override description =
    'The token is saved in credentials.json in the config directory, readable only by you. Without --password you are prompted (on a TTY).';
  static override examples = [
    '<%= config.bin %> login --email alice@example.com',
    '<%= config.bin %> login --token ff_pat_… --api-url https://ff.example.com --profile work',
    'echo "$PASSWORD" | <%= config.bin %> login --email ci@example.com --password-stdin',
  ];
  static override flags = {
    email: Flags.string({ description: 'your email' }),
    password: Flags.string({ description: 'your password (prefer the prompt or --password-stdin)' }),
    'password-stdin': Flags.boolean({ description: 'read the password from stdin' }),
  };

  async run(): Promise<{ profile: string; apiUrl: string; user: string | null; tokenPrefix: string }> {
    const { flags } = await this.parse(Login);
    let token = this.settings.sources.token === 'flag' ? this.settings.token : undefined;
    if (token === undefined) {
      const tty = process.stdin.isTTY === true;
      const email = flags.email ?? (tty ? await ask('email: ') : undefined);
      let password = flags.password;
      if (password === undefined && flags['password-stdin'])
        password = (await readStdin()).replace(/\r?\n$/, '');
      if (password === undefined && tty) password = await ask('password: ', { hidden: true });
      if (!email || !password) {
        throw usage('login needs --email and a password (or --token)', 'on a TTY you are prompted for them');
      }
      const { createClient } = await import('@ff/client');
      const anonymous = createClient({
        baseUrl: this.settings.apiUrl,
        userAgent: `ff-cli/${this.config.version}`,
      });
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
}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text;
}
