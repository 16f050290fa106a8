// The repository-level ff.config.json / ff.config.yaml: found by walking up from the working directory
// (like .git), it pins the project (and optionally the environment) a repository works with, and where
// `ff codegen` writes its file. It never holds a token: it is meant to be committed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface RepoConfig {
  project?: string;
  env?: string;
  codegen?: { out?: string };
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
