// `ff __complete -- WORDS…`: what the completion scripts (`ff completion bash|zsh`) call on every Tab.
// One candidate per line on stdout, and never an error: a shell waiting on completion must get an
// answer (or none) fast, so the server is asked with a short timeout and its keys are cached briefly.
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BaseCommand } from '../base-command.ts';
import { complete } from '../completion.ts';
import type { CompletableCommand, KeyKind } from '../completion.ts';

const timeoutMs = 1_500;
const cacheTtlMs = 30_000;

interface CacheFile {
  [key: string]: { at: number; keys: string[] };
}

/** The global settings written on the line being completed (`-p other`, `--profile work`, …). */
function settingsIn(words: readonly string[]): Record<string, string> {
  const names: Record<string, string> = {
    '-p': 'project',
    '--project': 'project',
    '-e': 'env',
    '--env': 'env',
    '--profile': 'profile',
    '--api-url': 'api-url',
    '--token': 'token',
  };
  const out: Record<string, string> = {};
  words.forEach((word, i) => {
    const [flag, inline] = word.split(/=(.*)/s, 2) as [string, string | undefined];
    const name = names[flag];
    const value = inline ?? words[i + 1];
    if (name !== undefined && value !== undefined && i < words.length - 1) out[name] = value;
  });
  return out;
}

export default class Complete extends BaseCommand {
  static override hidden = true;
  static override strict = false;
  static override enableJsonFlag = false;
  static override summary = 'Completion candidates for the words after `ff` (used by `ff completion`).';

  async run(): Promise<void> {
    try {
      const { argv } = await this.parse(Complete);
      const words = (argv as string[]).length > 0 ? (argv as string[]) : [''];
      const commands = this.config.commands as unknown as CompletableCommand[];
      const result = complete(commands, words);
      const candidates = 'words' in result ? result.words : await this.keys(result.keys, words);
      const prefix = 'words' in result ? '' : result.prefix;
      const lines = candidates.filter((c) => c.startsWith(prefix));
      if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
    } catch {
      // Completion offers nothing rather than an error in the middle of the user's command line.
    }
  }

  private async keys(kind: KeyKind, words: readonly string[]): Promise<string[]> {
    if (kind === 'profile') return Object.keys(this.store.read().profiles).sort();
    this.settings = await this.resolveSettings(settingsIn(words));
    const project = kind === 'project' ? '' : this.project;
    const cachePath = join(this.store.dir, 'completion-cache.json');
    const cacheKey = `${this.settings.apiUrl} ${project} ${kind}`;
    let cache: CacheFile;
    try {
      cache = JSON.parse(readFileSync(cachePath, 'utf8')) as CacheFile;
    } catch {
      cache = {};
    }
    const hit = cache[cacheKey];
    if (hit && Date.now() - hit.at < cacheTtlMs) return hit.keys;
    const keys = await this.fetchKeys(kind, project);
    cache[cacheKey] = { at: Date.now(), keys };
    for (const [k, v] of Object.entries(cache)) if (Date.now() - v.at >= cacheTtlMs) delete cache[k];
    mkdirSync(this.store.dir, { recursive: true, mode: 0o700 });
    const tmp = `${cachePath}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(cache), { mode: 0o600 });
    chmodSync(tmp, 0o600);
    renameSync(tmp, cachePath);
    return keys;
  }

  private async fetchKeys(kind: Exclude<KeyKind, 'profile'>, project: string): Promise<string[]> {
    const { createClient } = await import('@ff/client');
    const api = createClient({
      baseUrl: this.settings.apiUrl,
      token: this.settings.token,
      userAgent: `ff-cli/${this.config.version} (completion)`,
      timeoutMs,
    });
    const path = { project };
    const items: { key: string }[] =
      kind === 'flag'
        ? (await api.listFlags({ path, query: { limit: 500 } })).data.items
        : kind === 'segment'
          ? (await api.listSegments({ path, query: { limit: 500 } })).data.items
          : kind === 'env'
            ? (await api.listEnvironments({ path })).data.items
            : (await api.listProjects()).data.items;
    return items.map((i) => i.key).sort();
  }
}
