#!/usr/bin/env node
// The `ff` executable. Commands are TypeScript run by Node's type stripping (Node >= 22.18 / 24), so there is
// no build step; oclif.manifest.json lets oclif load only the invoked command.
import { execute } from '@oclif/core';

await execute({ dir: import.meta.url });
