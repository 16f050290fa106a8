// npm run generate:check: regenerate into a temporary directory and compare it with what is committed
// under the generated directories (and the generated files outside them); any difference (changed,
// missing or extra file) fails with a short summary. CI runs it so generated code cannot drift from
// openapi.yaml or from the provider's schema.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { generate, generatedDirs, generatedFiles, repoRoot } from './generate.ts';

function listFiles(root: string, dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** The first differing line of two texts, for the summary. */
function firstDifference(a: string, b: string): string {
  const left = a.split('\n');
  const right = b.split('\n');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] !== right[i]) {
      return `line ${i + 1}: committed ${JSON.stringify(left[i] ?? '<end>').slice(0, 80)}, generated ${JSON.stringify(right[i] ?? '<end>').slice(0, 80)}`;
    }
  }
  return 'line endings differ';
}

const fresh = mkdtempSync(join(tmpdir(), 'ff-generate-check-'));
try {
  await generate(fresh);
  const problems: string[] = [];
  const present = (root: string) => (file: string) => existsSync(join(root, file));
  // Each group: what is committed, what was generated.
  const groups: [string[], string[]][] = [
    ...generatedDirs.map((dir): [string[], string[]] => [listFiles(repoRoot, dir), listFiles(fresh, dir)]),
    [generatedFiles.filter(present(repoRoot)), generatedFiles.filter(present(fresh))],
  ];
  for (const [inRepo, inFresh] of groups) {
    const committed = new Set(inRepo);
    const generated = new Set(inFresh);
    for (const file of [...new Set([...committed, ...generated])].sort()) {
      if (!generated.has(file)) problems.push(`  ${file}: committed but no longer generated`);
      else if (!committed.has(file)) problems.push(`  ${file}: generated but not committed`);
      else {
        const before = readFileSync(join(repoRoot, file), 'utf8');
        const after = readFileSync(join(fresh, file), 'utf8');
        if (before !== after) problems.push(`  ${file}: differs (${firstDifference(before, after)})`);
      }
    }
  }
  if (problems.length > 0) {
    console.error(
      `generate:check: ${problems.length} generated file(s) are out of date with openapi.yaml or the provider's schema:`,
    );
    console.error(problems.join('\n'));
    console.error('Run `npm run generate` and commit the result.');
    process.exitCode = 1;
  } else {
    console.log(
      `generate:check: ${[...generatedDirs, ...generatedFiles].join(', ')} match openapi.yaml and the provider's schema`,
    );
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
