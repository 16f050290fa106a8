// The flags.yaml format (version 1): one project's environments, segments and flags with their
// per-environment configurations, as `ff export` writes it and `ff plan` / `ff apply` read it. The shape
// is checked here (zod, strict: a typo must not silently change nothing); flag definitions,
// configurations and segments are checked by the engine's own validators, the ones the API runs, so a
// file that passes here is refused by the server only for references or concurrency. The JSON Schema in
// schemas/flags.schema.json describes the same shape for editors; a test keeps the two in step.
import {
  formatPath,
  KEY_PATTERN,
  validateFlagConfig,
  validateFlagDefinition,
  validateSegment,
} from '@ff/engine';
import type { FlagConfig, SegmentRule, Variation, ValidationIssue } from '@ff/engine';
import { DEFAULT_BOOLEAN_VARIATIONS, LIMITS } from '@ff/engine/limits';
import { z } from 'zod';
import { ExperimentSpecSchema } from './experiments.ts';
import type { ExperimentSpec } from './experiments.ts';
import { MetricSpecSchema } from './metrics.ts';
import type { MetricSpec } from './metrics.ts';

export const FORMAT_VERSION = 1;

/** Where editors find the schema (the `$id` of schemas/flags.schema.json). */
export const SCHEMA_URL = 'https://ff.dev/schemas/flags.schema.json';

const Key = z.string().regex(KEY_PATTERN, { message: `must match ${KEY_PATTERN.source}` });
const Name = z.string().min(1).max(200);
const Description = z.string().max(2000);
const MemberKey = z.string().min(1).max(LIMITS.targetValue);

// An omitted optional field is not managed: `plan` leaves it as it is remotely, and a create uses the
// server's default. `ff export` writes every field, so an exported file manages everything it lists.
const EnvironmentSpec = z.strictObject({
  name: Name,
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional(),
  protected: z.boolean().optional(),
  sortOrder: z.number().int().min(0).max(10000).optional(),
});

const SegmentSpec = z.strictObject({
  name: Name,
  description: Description.optional(),
  rules: z.array(z.unknown()).max(LIMITS.segmentRules).optional(),
  included: z.array(MemberKey).optional(),
  excluded: z.array(MemberKey).optional(),
});

const FlagSpec = z.strictObject({
  name: Name,
  description: Description.optional(),
  kind: z.enum(['boolean', 'string', 'number', 'json']),
  variations: z.array(z.unknown()).min(1).max(LIMITS.variations).optional(),
  tags: z.array(z.string().min(1).max(64)).max(50).optional(),
  owner: z.string().max(320).nullable().optional(),
  temporary: z.boolean().optional(),
  clientSide: z.boolean().optional(),
  archived: z.boolean().optional(),
  environments: z.record(Key, z.unknown()).optional(),
});

const FileSchema = z.strictObject({
  version: z.literal(FORMAT_VERSION),
  project: Key,
  environments: z.record(Key, EnvironmentSpec).optional(),
  segments: z.record(Key, SegmentSpec).optional(),
  flags: z.record(Key, FlagSpec).optional(),
  metrics: z.record(Key, MetricSpecSchema).optional(),
  experiments: z.record(Key, ExperimentSpecSchema).optional(),
});

export type EnvironmentSpec = z.infer<typeof EnvironmentSpec>;

export interface SegmentSpec extends Omit<z.infer<typeof SegmentSpec>, 'rules'> {
  rules?: SegmentRule[];
}

export interface FlagSpec extends Omit<z.infer<typeof FlagSpec>, 'variations' | 'environments'> {
  variations?: Variation[];
  environments?: Record<string, FlagConfig>;
}

/** A parsed and validated flags file. Records keep the file's order; keys are the resources' keys. */
export interface FlagsFile {
  version: typeof FORMAT_VERSION;
  project: string;
  environments: Record<string, EnvironmentSpec>;
  segments: Record<string, SegmentSpec>;
  flags: Record<string, FlagSpec>;
  /** Metric definitions by key (cli/src/flags-as-code/metrics.ts); absent, none are managed. */
  metrics?: Record<string, MetricSpec>;
  /** Experiments by key (cli/src/flags-as-code/experiments.ts); absent, none are managed. */
  experiments?: Record<string, ExperimentSpec>;
}

/** What a boolean flag gets when its file entry lists no variations (the API's default). */
export const booleanVariations: Variation[] = DEFAULT_BOOLEAN_VARIATIONS.map((v) => ({ ...v }));

export class FlagsFileError extends Error {
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    const shown = issues.slice(0, 20).map((i) => `  ${i.path || '(root)'}: ${i.message}`);
    const more = issues.length > 20 ? [`  … and ${issues.length - 20} more`] : [];
    super(['the flags file is invalid:', ...shown, ...more].join('\n'));
    this.name = 'FlagsFileError';
    this.issues = issues;
  }
}

function under(prefix: (string | number)[], issues: readonly ValidationIssue[]): ValidationIssue[] {
  const base = formatPath(prefix);
  return issues.map((i) => ({
    path: i.path === '' ? base : i.path.startsWith('[') ? `${base}${i.path}` : `${base}.${i.path}`,
    message: i.message,
  }));
}

/**
 * Checks a parsed document (YAML or JSON) and returns it typed, with the engine's defaults applied to
 * configurations (missing `prerequisites`, `targets`, `rules` become `[]`). Throws {@link FlagsFileError}
 * listing every problem with its path, e.g. `flags["new-checkout"].environments.production.rules[0].clauses[0].op`.
 */
export function validateFlagsFile(input: unknown): FlagsFile {
  const shape = FileSchema.safeParse(input);
  if (!shape.success) {
    throw new FlagsFileError(
      shape.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    );
  }
  const doc = shape.data;
  const issues: ValidationIssue[] = [];
  const file: FlagsFile = {
    version: FORMAT_VERSION,
    project: doc.project,
    environments: doc.environments ?? {},
    segments: {},
    flags: {},
    ...(doc.metrics ? { metrics: doc.metrics } : {}),
    ...(doc.experiments ? { experiments: doc.experiments } : {}),
  };

  for (const [key, spec] of Object.entries(doc.segments ?? {})) {
    const checked = validateSegment({ key, rules: spec.rules ?? [] });
    if (!checked.ok) issues.push(...under(['segments', key], checked.issues));
    else
      file.segments[key] = { ...spec, ...(spec.rules ? { rules: checked.value.rules } : {}) } as SegmentSpec;
  }

  for (const [key, spec] of Object.entries(doc.flags ?? {})) {
    const variations = spec.variations ?? (spec.kind === 'boolean' ? booleanVariations : undefined);
    if (variations === undefined) {
      issues.push({
        path: formatPath(['flags', key, 'variations']),
        message: `a ${spec.kind} flag needs variations`,
      });
      continue;
    }
    const { environments: configs, ...definition } = spec;
    const def = validateFlagDefinition({ key, ...definition, owner: spec.owner ?? undefined, variations });
    if (!def.ok) {
      issues.push(...under(['flags', key], def.issues));
      continue;
    }
    const flag = { ...spec, environments: {} } as FlagSpec & { environments: Record<string, FlagConfig> };
    if (spec.variations) flag.variations = def.value.variations;
    for (const [env, config] of Object.entries(configs ?? {})) {
      const checked = validateFlagConfig(config, { key, variations });
      if (!checked.ok) issues.push(...under(['flags', key, 'environments', env], checked.issues));
      else flag.environments[env] = checked.value;
    }
    if (configs === undefined) delete (flag as FlagSpec).environments;
    file.flags[key] = flag;
  }
  if (issues.length > 0) throw new FlagsFileError(issues);
  return file;
}

/** Parses flags.yaml text (YAML 1.2, so JSON works too) and validates it. */
export async function parseFlagsFile(text: string): Promise<FlagsFile> {
  const { parseDocument } = await import('yaml');
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new FlagsFileError(document.errors.map((e) => ({ path: '', message: e.message.split('\n')[0]! })));
  }
  return validateFlagsFile(document.toJS({ maxAliasCount: 100 }));
}

/** flags.yaml text for a document: a schema comment for editors, then the data in a stable order. */
export async function stringifyFlagsFile(file: FlagsFile, schema: string = SCHEMA_URL): Promise<string> {
  const { stringify } = await import('yaml');
  const header = [
    `# yaml-language-server: $schema=${schema}`,
    `# ff flags as code for project ${file.project}: \`ff plan -f <file>\` shows what \`ff apply -f <file>\` changes.`,
    '# Format: cli/README.md ("Flags as code"). Omitted optional fields are left as they are.',
  ].join('\n');
  // Written as YAML 1.1 so that every scalar a 1.1 reader would take for something else (`on`, `off`,
  // `yes`, `no`, `y`, `n` as booleans) is quoted: PyYAML and the tools built on it read the file as we
  // mean it, and YAML 1.2 readers (ours included) read the same data.
  const body = stringify(file, {
    lineWidth: 110,
    aliasDuplicateObjects: false,
    singleQuote: true,
    version: '1.1',
  });
  return `${header}\n${body}`;
}
