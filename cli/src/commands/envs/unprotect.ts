import { EnvProtectionCommand, protectionArgs } from '../../env-protection-command.ts';

export default class EnvsUnprotect extends EnvProtectionCommand {
  static override summary = "Remove an environment's protection.";
  static override examples = ['<%= config.bin %> envs unprotect staging'];
  static override args = protectionArgs;
  protected readonly protect = false;
}
