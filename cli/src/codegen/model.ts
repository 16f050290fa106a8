// What `ff codegen` generates from: the flags of one project, as the API describes them (`GET …/flags/{flag}`)
// or as a snapshot file holds them. Three snapshot shapes are accepted so CI can generate without a server:
// `{ project, flags: Flag[] }` (what `ff codegen --save` and `ff flags list --json` give), a bare `Flag[]`,
// and an SDK ruleset (`GET /sdk/v1/config`: `{ flags: { key: { …, config } } }`).

/** One environment's targeting, only as far as codegen reads it (to tell a fully launched flag). */
export interface CodegenConfig {
  on: boolean;
  offVariation: number;
  prerequisites?: unknown[];
  targets?: unknown[];
  rules?: unknown[];
  fallthrough: { variation?: number; rollout?: { weights: { variation: number; weight: number }[] } };
}

export interface CodegenFlag {
  key: string;
  name?: string;
  description?: string;
  kind: 'boolean' | 'string' | 'number' | 'json';
  variations: { name: string; value: unknown; description?: string }[];
  owner?: string | null;
  tags?: string[];
  temporary?: boolean;
  archived?: boolean;
  /** Per environment key; absent when the source did not include configurations. */
  environments?: Record<string, CodegenConfig>;
  /** Why the API's insights call it stale (GET …/insights/stale), when they do. */
  stale?: { reason: string; detail: string; suggestedAction: string };
}

export interface CodegenInput {
  /** The project key, named in the header; undefined when a snapshot does not say. */
  project?: string;
  flags: CodegenFlag[];
}

const kinds = new Set(['boolean', 'string', 'number', 'json']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toFlag(raw: unknown, where: string): CodegenFlag {
  if (!isRecord(raw)) throw new Error(`${where}: expected a flag object`);
  const { key, kind, variations } = raw;
  if (typeof key !== 'string' || key === '') throw new Error(`${where}.key: expected the flag key`);
  if (typeof kind !== 'string' || !kinds.has(kind))
    throw new Error(`${where}.kind: expected boolean|string|number|json`);
  if (!Array.isArray(variations) || !variations.every((v) => isRecord(v) && typeof v.name === 'string')) {
    throw new Error(`${where}.variations: expected [{ name, value }]`);
  }
  const flag = { ...raw } as unknown as CodegenFlag;
  // A ruleset entry carries its one environment's targeting as `config`.
  if (flag.environments === undefined && isRecord(raw.config)) {
    flag.environments = { config: raw.config as unknown as CodegenConfig };
  }
  return flag;
}

/** Reads a snapshot file's parsed JSON into codegen's input; throws with the offending path. */
export function parseSnapshot(json: unknown): CodegenInput {
  if (Array.isArray(json)) return { flags: json.map((f, i) => toFlag(f, `[${i}]`)) };
  if (!isRecord(json))
    throw new Error('expected { project?, flags: [...] }, a list of flags, or an SDK ruleset');
  const project = typeof json.project === 'string' ? json.project : undefined;
  const { flags } = json;
  if (Array.isArray(flags)) return { project, flags: flags.map((f, i) => toFlag(f, `flags[${i}]`)) };
  if (isRecord(flags)) {
    return {
      project,
      flags: Object.entries(flags).map(([k, f]) => toFlag({ key: k, ...(f as object) }, `flags.${k}`)),
    };
  }
  if (Array.isArray(json.items))
    return { project, flags: json.items.map((f, i) => toFlag(f, `items[${i}]`)) };
  throw new Error('flags: expected a list of flags or a record of them');
}
