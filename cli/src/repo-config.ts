// The repository-level ff.config.json / ff.config.yaml: found by walking up from the working directory
// (like .git), it pins the project (and optionally the environment) a repository works with, and where
// `ff codegen` writes its file. It never holds a token: it is meant to be committed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface RepoConfig {
  project?: string;
  env?: string;
  codegen?: { out?: string };
  refs?: RefsConfig;
}

/** How `ff refs` finds flag references (cli/README.md, "Code references"). */
export interface RefsConfig {
  /** The repository's name in the API (default: the git remote's last path segment, else the folder). */
  repository?: string;
  /** Regexes whose first capture group (or the group named `key`) is a flag key, e.g. `flag\(:([a-z0-9_-]+)\)`. */
  patterns?: string[];
  /** Flag key → identifiers that also name it in code. */
  aliases?: Record<string, string[]>;
  /** SDK method names whose first string argument is a flag key (replaces the defaults). */
  calls?: string[];
  /** Extra gitignore-style patterns to skip. */
  exclude?: string[];
  /** Files larger than this are not read (default 1 MiB). */
  maxFileBytes?: number;
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function checkRefs(refs: unknown, path: string): void {
  if (refs === undefined) return;
  if (typeof refs !== 'object' || refs === null || Array.isArray(refs))
    throw new Error(`${path}: refs must be an object`);
  const r = refs as Record<string, unknown>;
  if (r.repository !== undefined && typeof r.repository !== 'string')
    throw new Error(`${path}: refs.repository must be a string`);
  for (const key of ['patterns', 'calls', 'exclude'] as const)
    if (r[key] !== undefined && !isStringList(r[key]))
      throw new Error(`${path}: refs.${key} must be a list of strings`);
  if (r.aliases !== undefined) {
    const aliases = r.aliases as Record<string, unknown>;
    if (
      typeof aliases !== 'object' ||
      aliases === null ||
      Array.isArray(aliases) ||
      !Object.values(aliases).every(isStringList)
    )
      throw new Error(`${path}: refs.aliases must map flag keys to lists of identifiers`);
  }
  if (r.maxFileBytes !== undefined && !(typeof r.maxFileBytes === 'number' && r.maxFileBytes > 0))
    throw new Error(`${path}: refs.maxFileBytes must be a positive number`);
}

export interface FoundRepoConfig {
  path: string;
  config: RepoConfig;
}

const names = ['ff.config.json', 'ff.config.yaml', 'ff.config.yml'];

function check(value: unknown, path: string): RepoConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${path}: expected an object with project, env, codegen.out`);
  }
  const v = value as Record<string, unknown>;
  for (const key of ['project', 'env'] as const) {
    if (v[key] !== undefined && typeof v[key] !== 'string')
      throw new Error(`${path}: ${key} must be a string`);
  }
  const codegen = v.codegen as Record<string, unknown> | undefined;
  if (codegen !== undefined && (typeof codegen !== 'object' || codegen === null)) {
    throw new Error(`${path}: codegen must be an object`);
  }
  if (codegen?.out !== undefined && typeof codegen.out !== 'string') {
    throw new Error(`${path}: codegen.out must be a string`);
  }
  checkRefs(v.refs, path);
  return v as RepoConfig;
}

/** The nearest ff.config.* at or above `from`, parsed; undefined when there is none. */
export async function findRepoConfig(from: string = process.cwd()): Promise<FoundRepoConfig | undefined> {
  let dir = resolve(from);
  for (;;) {
    for (const name of names) {
      const path = join(dir, name);
      if (!existsSync(path)) continue;
      const text = readFileSync(path, 'utf8');
      let parsed: unknown;
      try {
        // Performance note: yaml is only imported when a YAML file exists.
        parsed = name.endsWith('.json') ? JSON.parse(text) : (await import('yaml')).parse(text);
      } catch (error) {
        throw new Error(`${path} cannot be parsed: ${(error as Error).message.split('\n')[0]}`, {
          cause: error,
        });
      }
      return { path, config: check(parsed ?? {}, path) };
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
