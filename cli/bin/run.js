#!/usr/bin/env node
// The `ff` executable. Installed (npm install -g @ff/cli), oclif.manifest.json names each command's
// compiled file under dist/, so oclif loads only the invoked command and no TypeScript.
// In a checkout of the repository (src/ is next to this file; the package does not ship it), the commands
// are the TypeScript sources, run by Node 24's type stripping through the committed development manifest,
// and imports of other ff packages resolve to their sources too (the "@ff/source" export condition), so
// nothing needs building.
// Performance note: V8's compile cache (in the OS temp directory) keeps compiled code between runs,
// which roughly halves the cold start of a command that loads the API client.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { join } from 'node:path';

module.enableCompileCache?.();
if (existsSync(join(import.meta.dirname, '../src/commands'))) {
  module.registerHooks?.({
    resolve: (specifier, context, nextResolve) =>
      nextResolve(specifier, { ...context, conditions: [...context.conditions, '@ff/source'] }),
  });
}
const { execute } = await import('@oclif/core');
await execute({ dir: import.meta.url });
