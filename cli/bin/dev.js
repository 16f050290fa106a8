#!/usr/bin/env node
// Development entry: ignores oclif.manifest.json (so new commands show up without regenerating it) and
// prints debug output on errors.
import { execute } from '@oclif/core';

await execute({ development: true, dir: import.meta.url });
