import { Args, Flags } from '@oclif/core';
import type { CreatedSdkKey } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { rotateOverlap, rotateSdkKey, secretLines } from '../../key-writes.ts';

export default class KeysRotate extends BaseCommand {
  static override summary =
    'Replace an SDK key; the old one keeps working for --overlap seconds so deploys can catch up.';
  static override examples = [
    '<%= config.bin %> keys rotate 6f1c… -e production',
    '<%= config.bin %> keys rotate 6f1c… -e production --overlap 0',
  ];
  static override args = { id: Args.string({ description: 'key id (from `ff keys list`)', required: true }) };
  static override flags = {
    overlap: Flags.integer({
      min: rotateOverlap.min,
      max: rotateOverlap.max,
      default: rotateOverlap.default,
      description: 'seconds the old key stays valid',
    }),
  };

  async run(): Promise<CreatedSdkKey> {
    const { args, flags } = await this.parse(KeysRotate);
    const api = await this.api();
    const data = await this.step('Rotating the key', () =>
      rotateSdkKey(api, this.project, this.env, args.id, flags.overlap),
    );
    this.say(secretLines(data, flags.overlap).join('\n'));
    return data;
  }
}
