import { Args, Flags } from '@oclif/core';
import type { Flag, FlagCreate } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { usage } from '../../errors.ts';

function parseVariation(text: string): { name: string; value: unknown } {
  const eq = text.indexOf('=');
  if (eq <= 0) throw usage(`"${text}" is not NAME=VALUE`, 'e.g. --variation control=classic');
  const raw = text.slice(eq + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // Not JSON: a plain string.
  }
  return { name: text.slice(0, eq), value };
}

export default class FlagsCreate extends BaseCommand {
  static override summary = 'Create a flag; it starts off in every environment (shipping dark).';
  static override examples = [
    '<%= config.bin %> flags create new-search --name "New search"',
    '<%= config.bin %> flags create checkout-flow --kind string --variation control=classic --variation treatment=one-page',
    '<%= config.bin %> flags create max-items --kind number --variation low=10 --variation high=50 --tag cart',
  ];
  static override args = { key: Args.string({ description: 'flag key (a-z, 0-9, . _ -)', required: true }) };
  static override flags = {
    name: Flags.string({ description: 'display name (default: the key)' }),
    description: Flags.string({ char: 'd', description: 'what the flag is for' }),
    kind: Flags.string({ options: ['boolean', 'string', 'number', 'json'], default: 'boolean' }),
    variation: Flags.string({
      char: 'v',
      multiple: true,
      description: 'NAME=VALUE (VALUE as JSON, else a string); repeat',
    }),
    tag: Flags.string({ multiple: true, description: 'a tag; repeat for more' }),
    owner: Flags.string({ description: 'who to ask about it' }),
    permanent: Flags.boolean({ description: 'a long-lived flag (not flagged as stale)' }),
    'client-side': Flags.boolean({ description: 'visible to client-side SDK keys' }),
  };

  async run(): Promise<Flag> {
    const { args, flags } = await this.parse(FlagsCreate);
    const body: FlagCreate = {
      key: args.key,
      name: flags.name ?? args.key,
      ...(flags.description ? { description: flags.description } : {}),
      kind: flags.kind as FlagCreate['kind'],
      ...(flags.variation ? { variations: flags.variation.map(parseVariation) } : {}),
      ...(flags.tag ? { tags: flags.tag } : {}),
      ...(flags.owner ? { owner: flags.owner } : {}),
      temporary: !flags.permanent,
      clientSide: flags['client-side'],
    };
    const api = await this.api();
    const { data: flag } = await this.step(`Creating ${args.key}`, () =>
      api.createFlag({ path: { project: this.project }, body }),
    );
    this.say(
      `created ${flag.key} (${flag.kind}: ${flag.variations.map((v) => v.name).join(', ')}), off everywhere`,
    );
    return flag;
  }
}
