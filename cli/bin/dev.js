#!/usr/bin/env node
// Development entry: ignores oclif.manifest.json (so new commands show up without regenerating it) and
// prints debug output on errors. Imports of other ff packages resolve to their TypeScript sources (the
// "@ff/source" export condition), as in bin/run.js inside the repository.
import module from 'node:module';

module.registerHooks({
  resolve: (specifier, context, nextResolve) =>
    nextResolve(specifier, { ...context, conditions: [...context.conditions, '@ff/source'] }),
});
const { execute } = await import('@oclif/core');
await execute({ development: true, dir: import.meta.url });
