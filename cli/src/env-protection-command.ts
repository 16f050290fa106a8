import { Args } from '@oclif/core';
import type { Environment } from '@ff/client';
import { BaseCommand } from './base-command.ts';
import { setEnvironmentProtection } from './env-writes.ts';

export const protectionArgs = { key: Args.string({ description: 'environment key', required: true }) };

/**
 * `ff envs protect|unprotect`: one If-Match update of the environment's `protected`. Subclasses declare
 * `args` themselves: oclif's parser copies a command's own static properties only.
 */
export abstract class EnvProtectionCommand extends BaseCommand {
  static override args = protectionArgs;

  protected abstract readonly protect: boolean;

  async run(): Promise<Environment> {
    const { args } = await this.parse(this.constructor as typeof EnvProtectionCommand);
    const api = await this.api();
    const e = await this.step('Updating ' + args.key, () =>
      setEnvironmentProtection(api, this.project, args.key, this.protect),
    );
    this.say(`${e.key} is ${e.protected ? 'protected' : 'not protected'}`);
    return e;
  }
}
