import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { lockDataDir } from './data-dir-lock.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('claims a directory with a pid file that release removes; a second claim by a live process is refused', () => {
  dir = mkdtempSync(join(tmpdir(), 'ff-lock-'));
  const release = lockDataDir(dir);
  expect(readFileSync(join(dir, 'ff.pid'), 'utf8')).toBe(String(process.pid));
  // The parent of the test runner is alive and is not us.
  writeFileSync(join(dir, 'ff.pid'), String(process.ppid));
  expect(() => lockDataDir(dir)).toThrow(`another ff process (pid ${process.ppid}) is using ${dir}`);
  writeFileSync(join(dir, 'ff.pid'), String(process.pid));
  release();
  expect(existsSync(join(dir, 'ff.pid'))).toBe(false);
});

test('a pid file left by a process that no longer runs is taken over', () => {
  dir = mkdtempSync(join(tmpdir(), 'ff-lock-'));
  writeFileSync(join(dir, 'ff.pid'), '2147483646');
  lockDataDir(dir)();
});

test('memory:// is not a directory: nothing is created', () => {
  dir = mkdtempSync(join(tmpdir(), 'ff-lock-'));
  lockDataDir('memory://')();
  expect(existsSync(join(process.cwd(), 'memory:'))).toBe(false);
});
