import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { Flags } from '@oclif/core';
import { BaseCommand } from '../base-command.ts';
import { CliFailure, usage } from '../errors.ts';

export default class Codegen extends BaseCommand {
  static override summary = 'Generate TypeScript types for your flag keys and values.';
  static override description = [
    'Writes one file that augments the SDKs (`declare module "@ff/sdk-node" { interface FlagTypes { … } }`),',
    'so a misspelt key or a wrong value type fails to compile, and exports every key as a constant with',
    'its description, owner and @deprecated for archived or fully launched flags. The output is',
    'deterministic (sorted, no timestamps, a content hash in the header): commit it, and run',
    '`ff codegen --check` in CI, which exits 1 with a diff when it is stale.',
  ].join('\n');
  static override examples = [
    '<%= config.bin %> codegen -p demo',
    '<%= config.bin %> codegen --out src/ff-flags.ts --check',
    '<%= config.bin %> codegen --from flags-snapshot.json --sdk node',
  ];

  static override flags = {
    out: Flags.string({
      char: 'o',
      description: 'file to write [ff.config codegen.out, else src/ff-flags.ts]',
    }),
    check: Flags.boolean({
      description: 'write nothing; exit 1 with a diff when the file is missing or stale',
    }),
    from: Flags.string({
      description: 'read flags from a JSON snapshot instead of the API (see cli/README.md)',
    }),
    sdk: Flags.string({
      description: 'SDK to augment (repeatable) [the @ff/sdk-* installed next to the file, else both]',
      options: ['node', 'browser'],
      multiple: true,
    }),
  };

  async run() {
    const { flags } = await this.parse(Codegen);
    const { generate, hashMatches } = await import('../codegen/generate.ts');
    const { installedSdks, readFlags } = await import('../codegen/source.ts');
    const out = flags.out ?? this.settings.repoConfig?.config.codegen?.out ?? 'src/ff-flags.ts';

    let input;
    if (flags.from) {
      const { parseSnapshot } = await import('../codegen/model.ts');
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(flags.from, 'utf8'));
      } catch (error) {
        throw usage(`cannot read ${flags.from}: ${(error as Error).message}`);
      }
      try {
        input = parseSnapshot(json);
      } catch (error) {
        throw usage(
          `${flags.from}: ${(error as Error).message}`,
          'see "Codegen" in cli/README.md for the shapes accepted',
        );
      }
      input.project ??= this.settings.project;
    } else {
      const api = await this.api();
      input = await this.step('Reading flags', () => readFlags(api, this.project));
    }

    const text = generate(input, {
      sdks: (flags.sdk as ('node' | 'browser')[] | undefined) ?? installedSdks(out),
    });
    const current = existsSync(out) ? readFileSync(out, 'utf8') : undefined;
    const result = { out, flags: input.flags.length, upToDate: current === text };

    if (flags.check) {
      if (result.upToDate) {
        this.say(`${out} is up to date (${input.flags.length} flags).`);
        return result;
      }
      if (current === undefined)
        throw new CliFailure(`${out} does not exist`, { hint: 'run `ff codegen` and commit the file' });
      const { unifiedDiff } = await import('../codegen/line-diff.ts');
      if (!this.jsonEnabled())
        this.log(unifiedDiff(current, text, [`${out} (committed)`, `${out} (generated now)`]));
      const edited =
        hashMatches(current) === false ? ' (and it was edited by hand: its hash does not match)' : '';
      throw new CliFailure(`${out} is stale${edited}`, { hint: 'run `ff codegen` and commit the file' });
    }

    if (!result.upToDate) {
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, text);
    }
    this.say(
      `${result.upToDate ? 'unchanged' : 'wrote'} ${relative(process.cwd(), out) || out} (${input.flags.length} flags)`,
    );
    return result;
  }
}
