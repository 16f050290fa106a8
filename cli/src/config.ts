// Where the CLI keeps its settings: one directory (FF_CONFIG_DIR, else $XDG_CONFIG_HOME/ff, else
// ~/.config/ff) holding config.json (profiles: server, project, environment; which one is current) and
// credentials.json (one token per profile), the latter created with mode 0600 because a token is a password.
// Kept free of heavy imports: every command reads it before doing anything else.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

export interface Profile {
  apiUrl?: string;
  project?: string;
  env?: string;
  /**
   * Only on the profile `npm start` writes: the database behind `apiUrl` (its data directory, or its
   * URL without the password). A start on another database, even at the same URL, leaves it alone.
   */
  database?: string;
}

export interface ConfigFile {
  /** The profile used when neither --profile nor FF_PROFILE names one. */
  currentProfile?: string;
  profiles: Record<string, Profile>;
}

/** The settings `ff config get|set` knows, with what they mean. */
export const profileKeys = {
  apiUrl: 'the ff server, e.g. http://127.0.0.1:4242',
  project: 'the default project key (-p)',
  env: 'the default environment key (-e)',
} as const;
export type ProfileKey = keyof typeof profileKeys;

export const defaultProfileName = 'default';
export const defaultApiUrl = 'http://127.0.0.1:4242';

export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FF_CONFIG_DIR) return env.FF_CONFIG_DIR;
  const xdg = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config');
  return join(xdg, 'ff');
}

function readJson<T>(path: string, fallback: T): T {
  if (!existsSync(path)) return fallback;
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`${path} is not valid JSON: fix or delete it`);
  }
}

// Write to a temporary file then rename, so a crash never leaves half a config behind; the mode is set
// at creation so the token is never readable by others, even for an instant.
function writeJson(path: string, value: unknown, mode: number): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(value, null, 2)}\n`, { mode });
  chmodSync(tmp, mode);
  renameSync(tmp, path);
}

export class ConfigStore {
  readonly dir: string;

  constructor(dir: string = configDir()) {
    this.dir = dir;
  }

  get configPath(): string {
    return join(this.dir, 'config.json');
  }

  get credentialsPath(): string {
    return join(this.dir, 'credentials.json');
  }

  read(): ConfigFile {
    const file = readJson<Partial<ConfigFile>>(this.configPath, {});
    return { ...file, profiles: file.profiles ?? {} };
  }

  write(config: ConfigFile): void {
    writeJson(this.configPath, config, 0o600);
  }

  profile(name: string): Profile {
    return this.read().profiles[name] ?? {};
  }

  /** Merges `changes` into a profile (an undefined value removes that setting). */
  updateProfile(name: string, changes: Partial<Record<ProfileKey, string | undefined>>): Profile {
    const config = this.read();
    const next: Record<string, string | undefined> = { ...config.profiles[name], ...changes };
    for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
    config.profiles[name] = next;
    this.write(config);
    return next;
  }

  setCurrent(name: string): void {
    const config = this.read();
    config.currentProfile = name;
    this.write(config);
  }

  token(profile: string): string | undefined {
    return readJson<Record<string, string>>(this.credentialsPath, {})[profile];
  }

  setToken(profile: string, token: string | undefined): void {
    const tokens = readJson<Record<string, string>>(this.credentialsPath, {});
    if (token === undefined) delete tokens[profile];
    else tokens[profile] = token;
    writeJson(this.credentialsPath, tokens, 0o600);
  }
}

/** What `writeLocalProfile` did: saved the profile, or left another server's `local` profile alone. */
export type LocalProfileResult =
  | { saved: true; dir: string }
  | {
      saved: false;
      dir: string;
      /** The `local` profile as it is (another server, another database, or one the user made). */
      existing: Profile;
      /** A free profile name to save this server under instead (`local-2`, `local-3`, …). */
      suggestion: string;
    };

/**
 * What `npm start` calls on a fresh demo: a `local` profile pointing at this server and database with
 * the demo owner's token, made current unless the user already chose another profile. It writes only
 * when there is no `local` profile or it is this server's (the same URL and database): one for another
 * server (another DATABASE_URL or data directory, a benchmark's, one made with `ff login`) is never
 * overwritten, and the result says so. Never throws (a read-only home must not stop the server);
 * undefined when it could not read or write the directory.
 */
export function writeLocalProfile(options: {
  apiUrl: string;
  token: string;
  database: string;
  project?: string;
  env?: NodeJS.ProcessEnv;
}): LocalProfileResult | undefined {
  try {
    const store = new ConfigStore(configDir(options.env));
    const config = store.read();
    const existing = config.profiles.local;
    if (existing && (existing.apiUrl !== options.apiUrl || existing.database !== options.database)) {
      let n = 2;
      while (config.profiles[`local-${n}`]) n++;
      return { saved: false, dir: store.dir, existing, suggestion: `local-${n}` };
    }
    config.profiles.local = {
      ...existing,
      apiUrl: options.apiUrl,
      project: options.project ?? 'demo',
      database: options.database,
    };
    config.currentProfile ??= 'local';
    store.write(config);
    store.setToken('local', options.token);
    return { saved: true, dir: store.dir };
  } catch {
    return undefined;
  }
}
