import { writeFileSync } from 'node:fs';
import { Flags } from '@oclif/core';
import { BaseCommand } from '../base-command.ts';
import { usage } from '../errors.ts';

export default class Export extends BaseCommand {
  static override summary = "Export a project's environments, segments and flags as flags.yaml.";
  static override description = [
    'Writes the flags-as-code format (cli/README.md, "Flags as code"; JSON Schema in schemas/flags.schema.json):',
    'every field of every flag (live and archived) with its configuration per environment, segments with their',
    'member keys, and the environments. Keys are sorted, so exporting an unchanged project gives the same file.',
    'Edit it, then `ff plan -f flags.yaml` and `ff apply -f flags.yaml`.',
  ].join('\n');
  static override examples = [
    '<%= config.bin %> export -p demo > flags.yaml',
    '<%= config.bin %> export -p demo -e staging -e production --out flags.yaml',
    '<%= config.bin %> export --schema ./schemas/flags.schema.json > flags.yaml',
  ];

  static override flags = {
    // Repeatable here (the global -e names one environment): export only these environments.
    env: Flags.string({ char: 'e', description: 'only this environment (repeatable) [all]', multiple: true }),
    out: Flags.string({ char: 'o', description: 'write to this file instead of stdout' }),
    schema: Flags.string({
      description:
        'the $schema the yaml-language-server comment names [https://ff.dev/schemas/flags.schema.json]',
    }),
  };

  async run() {
    const { flags } = await this.parse(Export);
    const { readRemote, toFlagsFile } = await import('../flags-as-code/remote.ts');
    const { stringifyFlagsFile } = await import('../flags-as-code/format.ts');
    const api = await this.api();
    const remote = await this.step('Reading the project', (progress) =>
      readRemote(api, this.project, progress),
    );
    const unknown = (flags.env ?? []).filter((e) => !remote.environments[e]);
    if (unknown.length > 0) {
      throw usage(
        `no environment ${unknown.join(', ')} in project ${remote.project}`,
        '`ff envs list` shows them',
      );
    }
    const file = toFlagsFile(remote, flags.env);
    if (this.jsonEnabled()) return file;
    const text = await this.step('Writing YAML', () => stringifyFlagsFile(file, flags.schema));
    if (flags.out) {
      writeFileSync(flags.out, text);
      process.stderr.write(
        `wrote ${flags.out}: ${Object.keys(file.flags).length} flags, ${Object.keys(file.segments).length} segments, ${Object.keys(file.environments).length} environments\n`,
      );
    } else process.stdout.write(text);
    return file;
  }
}
