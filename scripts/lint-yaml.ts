// `npm run lint` step: no plain (unquoted) scalar in the YAML we ship may mean a boolean to one YAML
// loader and a string to another. YAML 1.2 (the `yaml` package, js-yaml 4, redocly) reads `on`, `off`,
// `yes`, `no`, `y` and `n` as strings; YAML 1.1 (PyYAML and the generators, fuzzers and linters built on
// it) reads them as booleans, so `on: { type: boolean }` became a property named `true` for them. We
// report:
//   - those six words, in any YAML 1.1 spelling, as plain scalars anywhere (a key, an enum or `required`
//     item, a value): the two versions disagree about every one of them;
//   - `true`/`false` as plain mapping keys: both versions read a boolean there, but a key in the files we
//     ship (a property name, a rule name, a workflow trigger) is meant to be a string.
// `true`/`false` as values (`required: true`, `enum: [true, false]`) mean the same to every loader.
//
//   node scripts/lint-yaml.ts [files…]    (no files: every tracked or new, not ignored *.yaml / *.yml)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { LineCounter, isPair, parseAllDocuments, visit } from 'yaml';

/** Plain scalars YAML 1.1 reads as booleans and YAML 1.2 as strings (YAML 1.1's bool type, minus true/false). */
const yaml11OnlyBooleans = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
/** Every spelling of a boolean in YAML 1.1 (https://yaml.org/type/bool.html). */
const yaml11Booleans =
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;

export interface Finding {
  line: number;
  column: number;
  /** The scalar as written. */
  text: string;
  where: 'key' | 'value';
}

/** Every plain scalar of `source` that a YAML 1.1 loader would read as a boolean where one is not meant. */
export function findYaml11Booleans(source: string): Finding[] {
  const lineCounter = new LineCounter();
  const findings: Finding[] = [];
  for (const doc of parseAllDocuments(source, { lineCounter, keepSourceTokens: true })) {
    if (!('contents' in doc)) continue;
    visit(doc, {
      Scalar(key, node, path) {
        if (node.type !== 'PLAIN' || !node.range) return;
        const text = source.slice(node.range[0], node.range[1]).trim();
        const isKey = key === 'key' && isPair(path[path.length - 1]);
        if (!(isKey ? yaml11Booleans : yaml11OnlyBooleans).test(text)) return;
        const { line, col } = lineCounter.linePos(node.range[0]);
        findings.push({ line, column: col, text, where: isKey ? 'key' : 'value' });
      },
    });
  }
  return findings;
}

/** One line per finding, `file:line:column: …`, as editors and CI annotate them. */
export function describeFinding(file: string, f: Finding): string {
  return (
    `${file}:${f.line}:${f.column}: plain ${f.where} ${f.text} is a boolean to YAML 1.1 loaders ` +
    `(PyYAML) and a string to YAML 1.2 ones; quote it: '${f.text}'`
  );
}

/** Every tracked or new (not ignored) YAML file of the repository, relative to the working directory. */
export function shippedYamlFiles(): string[] {
  const out = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '--', '*.yaml', '*.yml'],
    { encoding: 'utf8' },
  );
  return out.split('\n').filter((f) => f !== '');
}

function main(args: string[]): number {
  const files = args.length > 0 ? args : shippedYamlFiles();
  let problems = 0;
  for (const file of files) {
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (err) {
      process.stderr.write(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})\n`);
      problems++;
      continue;
    }
    for (const f of findYaml11Booleans(source)) {
      process.stderr.write(describeFinding(file, f) + '\n');
      problems++;
    }
  }
  if (problems > 0) process.stderr.write(`lint-yaml: ${problems} problem(s) in ${files.length} file(s)\n`);
  return problems > 0 ? 1 : 0;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
