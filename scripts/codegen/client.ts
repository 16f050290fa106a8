// The management client (client/src/generated/): @hey-api/openapi-ts with its axios client, zod
// schemas, and one `FfApi` class whose methods validate requests and responses with those schemas.
// hey-api writes into a staging directory; the caller formats each file and puts it in place.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createClient } from '@hey-api/openapi-ts';

export async function clientFiles(specPath: string, stagingDir: string): Promise<Map<string, string>> {
  await createClient({
    input: specPath,
    output: { path: stagingDir, module: { extension: '.ts' }, tsConfigPath: null, clean: true },
    logs: { level: 'silent', file: false },
    plugins: [
      // No baked-in server: createClient() in client/src/index.ts always passes one. Calls throw
      // (ApiError, see index.ts) instead of resolving to an error value.
      { name: '@hey-api/client-axios', baseUrl: false, throwOnError: true },
      '@hey-api/typescript',
      'zod',
      {
        name: '@hey-api/sdk',
        validator: true,
        operations: { strategy: 'single', containerName: 'FfApi' },
      },
    ],
  });
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(stagingDir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(stagingDir);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
