// `ff codegen`'s output: one TypeScript file that types every flag key and value for the SDKs. It is a
// pure function of the flags (sorted by key, no timestamps), so regenerating an unchanged project gives
// the same bytes and `--check` can compare files. The header carries a hash of the body: `--check`
// uses it to tell a hand-edited file from a stale one.
import { createHash } from 'node:crypto';
import { singleVariation } from '@ff/engine';
import type { SingleVariationConfig } from '@ff/engine';
import type { CodegenConfig, CodegenFlag, CodegenInput } from './model.ts';
import { quote, valueType } from './types.ts';

/** The SDK packages whose `FlagTypes` interface the file augments. */
export const sdkPackages = { node: '@ff/sdk-node', browser: '@ff/sdk-browser' } as const;
export type SdkName = keyof typeof sdkPackages;

export interface GenerateOptions {
  /** Which SDKs to augment; default both. A package that is not installed cannot be augmented. */
  sdks?: readonly SdkName[];
}

const HASH_LINE = /^\/\/ ff-codegen-hash: sha256:([0-9a-f]{64})$/m;

/**
 * A temporary flag that serves one variation to everyone everywhere it is configured (the engine's
 * singleVariation: off, or every target, rule and fallthrough ending in that variation) has done its
 * job: the code paths for its other variations are dead. Returns that variation's name, or undefined.
 * Used for snapshots (`--from`); from the API, its stale list (with the time window) says more.
 */
export function launchedVariation(flag: CodegenFlag): string | undefined {
  if (flag.temporary === false || flag.environments === undefined) return undefined;
  const served = Object.values(flag.environments).map(fixedVariation);
  if (served.length === 0 || served.some((v) => v === undefined || v !== served[0])) return undefined;
  return flag.variations[served[0]!]?.name;
}

function fixedVariation(config: CodegenConfig): number | undefined {
  try {
    return singleVariation(config as SingleVariationConfig);
  } catch {
    // A snapshot's configuration that is not well-formed (a rule without `serve`): claim nothing.
    return undefined;
  }
}

/** `new-checkout` → `NEW_CHECKOUT`; a key starting with a digit gets a `FLAG_` prefix. */
export function constantName(key: string): string {
  const name = key.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  return /^[0-9]/.test(name) ? `FLAG_${name}` : name;
}

function constantNames(keys: readonly string[]): Map<string, string> {
  // Keys differing only in punctuation (`a-b`, `a.b`) map to one name; later ones (in key order) get
  // a numeric suffix, so the names stay stable as long as the set of keys does.
  const taken = new Set<string>(['FLAG_KEYS']);
  const names = new Map<string, string>();
  for (const key of keys) {
    const base = constantName(key);
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
    taken.add(name);
    names.set(key, name);
  }
  return names;
}

function commentText(text: string): string {
  // `*/` would end the comment early.
  return text.replace(/\*\//g, '*\\/').replace(/\r\n?/g, '\n');
}

function docLines(flag: CodegenFlag): string[] {
  const lines: string[] = [];
  const title = flag.name && flag.name !== flag.key ? flag.name : flag.key;
  lines.push(`**${title}** (\`${flag.key}\`, ${flag.kind})`);
  if (flag.description) lines.push('', ...flag.description.split(/\r\n?|\n/));
  lines.push('', 'Variations:');
  flag.variations.forEach((v, i) => {
    const about = v.description ? ` — ${v.description.split(/\r\n?|\n/).join(' ')}` : '';
    lines.push(`- ${i}: \`${v.name}\` = \`${JSON.stringify(v.value)}\`${about}`);
  });
  if (flag.owner) lines.push('', `Owner: ${flag.owner}`);
  if (flag.tags && flag.tags.length > 0) lines.push(`Tags: ${[...flag.tags].sort().join(', ')}`);
  if (flag.temporary === false) lines.push('Permanent flag.');
  const launched = launchedVariation(flag);
  if (flag.archived) lines.push('', '@deprecated Archived: remove the code that reads it.');
  else if (flag.stale !== undefined) {
    // The API's stale rules (ff flags stale): the reason, its evidence and what to do.
    const { reason, detail, suggestedAction } = flag.stale;
    lines.push('', `@deprecated Stale (${reason}): ${detail} ${suggestedAction}`);
  } else if (launched !== undefined) {
    lines.push(
      '',
      `@deprecated Stale: serves \`${launched}\` everywhere; remove the flag and keep that path.`,
    );
  }
  return lines.map(commentText);
}

function docComment(flag: CodegenFlag, indent: string): string[] {
  return [
    `${indent}/**`,
    ...docLines(flag).map((l) => (l === '' ? `${indent} *` : `${indent} * ${l}`)),
    `${indent} */`,
  ];
}

function body(input: CodegenInput, sdks: readonly SdkName[]): string {
  const flags = [...input.flags].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const names = constantNames(flags.map((f) => f.key));
  const out: string[] = [];

  for (const flag of flags) {
    out.push(...docComment(flag, ''), `export const ${names.get(flag.key)} = ${quote(flag.key)};`, '');
  }
  out.push('/** Every flag key of the project, sorted. */');
  if (flags.length === 0) out.push('export const FLAG_KEYS = [] as const;');
  else out.push('export const FLAG_KEYS = [', ...flags.map((f) => `  ${names.get(f.key)},`), '] as const;');
  out.push('', '/** A flag key of the project. */', 'export type FlagKey = (typeof FLAG_KEYS)[number];', '');

  const members = flags.flatMap((flag) => [
    ...docComment(flag, '    '),
    `    ${quote(flag.key)}: ${valueType(flag)};`,
  ]);
  for (const sdk of [...sdks].sort()) {
    out.push(
      `declare module ${quote(sdkPackages[sdk])} {`,
      '  interface FlagTypes {',
      ...members,
      '  }',
      '}',
      '',
    );
  }
  return out.join('\n');
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The generated file's text for these flags: deterministic, so equal input gives equal bytes. */
export function generate(input: CodegenInput, options: GenerateOptions = {}): string {
  const sdks = options.sdks ?? (['node', 'browser'] as const);
  const text = body(input, sdks);
  const source = input.project === undefined ? 'a snapshot' : `project ${quote(input.project)}`;
  const header = [
    `// Generated by \`ff codegen\` from ${source}. Do not edit: run \`ff codegen\` again after changing flags.`,
    `// ff-codegen-hash: sha256:${digest(text)}`,
    '/* eslint-disable */',
    '',
  ].join('\n');
  return `${header}\n${text}`;
}

/**
 * Whether a generated file's body still matches the hash in its header: false means someone edited it
 * by hand (or it was not generated at all), undefined that it has no header.
 */
export function hashMatches(file: string): boolean | undefined {
  const match = HASH_LINE.exec(file);
  if (!match) return undefined;
  const start = file.indexOf('\n\n');
  return start >= 0 && digest(file.slice(start + 2)) === match[1];
}
