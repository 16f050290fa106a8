import { EnvProtectionCommand, protectionArgs } from '../../env-protection-command.ts';

export default class EnvsProtect extends EnvProtectionCommand {
  static override summary =
    'Mark an environment production-like: only admins change its flags, and the CLI asks first.';
  static override examples = ['<%= config.bin %> envs protect staging'];
  static override args = protectionArgs;
  protected readonly protect = true;
}
