// One version for every released part (README.md, "Install"; CHANGELOG.md): the public npm packages, the
// versions compiled into code (the client's User-Agent, the Terraform provider), the CHANGELOG's latest
// release and the tarball names the README's install blocks use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { VERSION as providerVersion } from '../../cdktf-provider/src/provider.ts';
import { VERSION as clientVersion } from '../../client/src/version.ts';
import { publicPackages, repoRoot } from './packages.ts';

const packages = publicPackages();
const version = packages[0]!.json.version;

describe('the release version', () => {
  test('is one version across the public packages, pinned between them', () => {
    expect(packages.map((p) => p.name)).toEqual([
      '@ff/engine',
      '@ff/stats',
      '@ff/client',
      '@ff/sdk-node',
      '@ff/sdk-browser',
      '@ff/cli',
    ]);
    for (const pkg of packages) {
      expect(pkg.json.version, pkg.name).toBe(version);
      for (const dep of pkg.internalDeps)
        expect(pkg.json.dependencies![dep], `${pkg.name} → ${dep}`).toBe(version);
    }
  });

  test('is the version compiled into the client and the Terraform provider', () => {
    expect(clientVersion).toBe(version);
    expect(providerVersion).toBe(version);
  });

  test('has a CHANGELOG entry and is the one the README installs', () => {
    expect(readFileSync(join(repoRoot, 'CHANGELOG.md'), 'utf8')).toContain(`\n## [${version}]`);
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const tarballs = [...readme.matchAll(/\.\/ff-[a-z-]+-(\d+\.\d+\.\d+[^ ]*)\.tgz/g)].map((m) => m[1]);
    expect(tarballs.length).toBeGreaterThan(3);
    expect(new Set(tarballs)).toEqual(new Set([version]));
    expect(readme).toContain(`ff-${version}-linux-x64`);
  });
});
