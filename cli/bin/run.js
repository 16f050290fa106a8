#!/usr/bin/env node
// The `ff` executable. Commands are TypeScript run by Node's type stripping (Node >= 22.18 / 24), so there is
// no build step; oclif.manifest.json lets oclif load only the invoked command.
// Performance note: V8's compile cache (in the OS temp directory) keeps compiled code (and stripped
// TypeScript) between runs, which roughly halves the cold start of a command that loads the API client.
import module from 'node:module';

module.enableCompileCache?.();
const { execute } = await import('@oclif/core');
await execute({ dir: import.meta.url });
