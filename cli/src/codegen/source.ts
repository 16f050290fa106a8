// Where `ff codegen` gets its flags and which SDKs it augments: the API (every flag, live and archived,
// with its configurations so stale ones can be told), or a snapshot file for CI without a server.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FfClient } from '@ff/client';
import { allPages, inBatches } from '../flags-as-code/remote.ts';
import { sdkPackages } from './generate.ts';
import type { SdkName } from './generate.ts';
import type { CodegenFlag, CodegenInput } from './model.ts';

/** The project's flags with every environment's configuration. */
export async function readFlags(api: FfClient, project: string): Promise<CodegenInput> {
  const lists = [false, true].map((archived) =>
    allPages(
      async (cursor) =>
        (await api.listFlags({ path: { project }, query: { archived, limit: 500, cursor } })).data,
    ),
  );
  const keys = (await Promise.all(lists)).flat().map((f) => f.key);
  const flags = (await inBatches(
    keys,
    async (flag) => (await api.getFlag({ path: { project, flag } })).data,
  )) as CodegenFlag[];
  const stale = await staleFlags(api, project);
  for (const f of flags) {
    const s = stale.get(f.key);
    if (s !== undefined) f.stale = s;
  }
  return { project, flags };
}

/** The API's stale flags by key; none from a server without insights (older than issue 14). */
async function staleFlags(
  api: FfClient,
  project: string,
): Promise<Map<string, NonNullable<CodegenFlag['stale']>>> {
  try {
    const { data } = await api.listStaleFlags({ path: { project } });
    return new Map(
      data.items.map((i) => [
        i.flag,
        { reason: i.reason, detail: i.detail, suggestedAction: i.suggestedAction },
      ]),
    );
  } catch {
    return new Map();
  }
}

/**
 * The SDKs installed where the generated file lives (a `node_modules/@ff/sdk-*` at or above its
 * directory): augmenting a package that is not installed does not compile. Both when neither is found.
 */
export function installedSdks(outFile: string): SdkName[] {
  const found = new Set<SdkName>();
  for (let dir = dirname(resolve(outFile)); ; dir = dirname(dir)) {
    for (const [name, pkg] of Object.entries(sdkPackages) as [SdkName, string][]) {
      if (existsSync(join(dir, 'node_modules', pkg, 'package.json'))) found.add(name);
    }
    if (dirname(dir) === dir) break;
  }
  return found.size > 0 ? [...found].sort() : ['browser', 'node'];
}
