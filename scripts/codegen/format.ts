// Every generated file starts with the same header and is formatted with the repo's prettier settings,
// so `prettier --check .` passes on it and a regeneration is byte-identical.
import { format, resolveConfig } from 'prettier';

export const header = '// Generated from openapi.yaml by npm run generate. Do not edit.';

/**
 * `configPath` is where the file lives in the repository (not where it is being written), so prettier
 * applies the same settings when generate:check writes into a temporary directory.
 */
export async function formatGenerated(code: string, configPath: string): Promise<string> {
  const options = (await resolveConfig(configPath)) ?? {};
  const body = code.startsWith(header) ? code.slice(header.length).trimStart() : code;
  return format(`${header}\n${body}`, { ...options, filepath: configPath });
}
