// Where proto-loader reads the plugin protocol's definitions from. Run from the repository, that is the
// package's proto/ folder. The packaged executable (scripts/package.ts: a Node single executable
// application) has no such folder: the .proto files travel inside it as SEA assets, and proto-loader reads
// only files, so they are written out into the plugin's own scratch folder first (a few kB, removed with
// the socket when the plugin stops).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getAsset, getAssetKeys, isSea } from 'node:sea';
import { fileURLToPath } from 'node:url';

/** SEA asset keys of the .proto files are this prefix plus the file name. */
export const PROTO_ASSET_PREFIX = 'proto/';

/** The folder holding the .proto files; `scratch` receives them when running as the packaged executable. */
export function protoDir(scratch: string): string {
  // Resolved only off the packaged path: there, import.meta.url is not a file URL.
  if (!isSea()) return fileURLToPath(new URL('../../proto/', import.meta.url));
  for (const key of getAssetKeys())
    if (key.startsWith(PROTO_ASSET_PREFIX))
      writeFileSync(join(scratch, key.slice(PROTO_ASSET_PREFIX.length)), getAsset(key, 'utf8'));
  return scratch;
}
