// The version of @ff/client, kept equal to package.json's by `npm run release:version` (a test checks
// it): the built package cannot read package.json through an import (its path differs between src/ and
// dist/), and a User-Agent should not cost a file read.
export const VERSION = '0.1.0';
