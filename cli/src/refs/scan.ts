// `ff refs`'s walk: every file under a root that git would not ignore, read once, matched once.
// Performance note: a tight synchronous loop (readdir with file types, one open/fstat/read per file into
// a reused buffer, latin1 decoding since keys are ASCII) beats async fs here: the work is many tiny
// syscalls, and promises would only add scheduling. Binary files (a NUL byte in the first 8,000 bytes,
// git's own test), files over `maxFileBytes` and well-known binary extensions are skipped unread or
// after the first read. Workers (scan-pool.ts) split the reading and matching across cores.
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { isIgnored, parseGitignore } from './gitignore.ts';
import type { IgnoreRule } from './gitignore.ts';
import type { FoundReference, Matcher } from './matcher.ts';

export interface WalkOptions {
  /** Extra gitignore-style patterns relative to the root (ff.config refs.exclude, the codegen file). */
  exclude?: readonly string[];
  /** Deepest directory level entered (a bound on untrusted trees); default 256. */
  maxDepth?: number;
}

export interface WalkResult {
  /** Files to read, relative to the root, '/'-separated, in a stable (sorted per directory) order. */
  files: string[];
  /** Entries skipped: ignored by a .gitignore, symlinks (never followed), or below maxDepth. */
  ignored: number;
}

/** Extensions that are never text worth scanning: skipped without opening them. */
const BINARY_EXTENSIONS = new Set(
  (
    'png jpg jpeg gif bmp ico webp avif tiff psd svgz pdf zip gz tgz bz2 xz 7z rar jar war ear class ' +
    'o a so dylib dll exe bin wasm woff woff2 ttf otf eot mp3 mp4 m4a wav ogg flac mov avi mkv webm ' +
    'sqlite db pyc pyo node map'
  ).split(' '),
);

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The files under `root` that the .gitignore files (and `exclude`) leave, without reading them. */
export function walk(root: string, options: WalkOptions = {}): WalkResult {
  const maxDepth = options.maxDepth ?? 256;
  const files: string[] = [];
  let ignored = 0;
  const base: IgnoreRule[] = [];
  for (const pattern of options.exclude ?? []) base.push(...parseGitignore(pattern, ''));
  try {
    base.push(...parseGitignore(readFileSync(join(root, '.git', 'info', 'exclude'), 'utf8'), ''));
  } catch {
    // No repository here, or no exclude file: nothing to add.
  }
  const stack: { dir: string; rel: string; rules: IgnoreRule[]; depth: number }[] = [
    { dir: root, rel: '', rules: base, depth: 0 },
  ];
  while (stack.length > 0) {
    const { dir, rel, rules: inherited, depth } = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      ignored++;
      continue;
    }
    let rules = inherited;
    if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      try {
        const own = parseGitignore(readFileSync(join(dir, '.gitignore'), 'utf8'), rel);
        if (own.length > 0) rules = [...inherited, ...own];
      } catch {
        // Unreadable .gitignore: scan as if it were absent.
      }
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: typeof stack = [];
    for (const entry of entries) {
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name === '.git' || depth + 1 > maxDepth || isIgnored(rules, path, true)) {
          ignored++;
          continue;
        }
        subdirs.push({ dir: join(dir, entry.name), rel: path, rules, depth: depth + 1 });
      } else if (entry.isFile()) {
        if (BINARY_EXTENSIONS.has(extensionOf(entry.name)) || isIgnored(rules, path, false)) {
          ignored++;
          continue;
        }
        files.push(path);
      } else ignored++; // symlinks, sockets, …: never followed
    }
    // Reversed so the stack pops them in name order: the output order is the sorted tree order.
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]!);
  }
  return { files, ignored };
}

export interface FileReferences {
  path: string;
  references: FoundReference[];
}

export interface ReadStats {
  /** Files read and matched. */
  scanned: number;
  /** Files skipped after opening: binary content or larger than maxFileBytes. */
  skipped: number;
  /** Bytes read. */
  bytes: number;
}

const SNIFF = 8000;

/**
 * Reads and matches `files` (relative to `root`); calls `onFile` for each file with references.
 * Files larger than `maxFileBytes` (default 1 MiB) and binary files are skipped.
 */
export function readAndMatch(
  root: string,
  files: readonly string[],
  matcher: Matcher,
  onFile: (result: FileReferences) => void,
  maxFileBytes = 1024 * 1024,
): ReadStats {
  const stats: ReadStats = { scanned: 0, skipped: 0, bytes: 0 };
  let buffer = Buffer.allocUnsafe(64 * 1024);
  for (const path of files) {
    let fd: number;
    try {
      fd = openSync(join(root, path), 'r');
    } catch {
      stats.skipped++;
      continue;
    }
    let length = 0;
    try {
      const size = fstatSync(fd).size;
      if (size > maxFileBytes) {
        stats.skipped++;
        continue;
      }
      if (size > buffer.length) buffer = Buffer.allocUnsafe(Math.max(size, buffer.length * 2));
      // A file may grow between fstat and read: read what fstat promised, no more.
      for (let n = 1; length < size && n > 0; length += n)
        n = readSync(fd, buffer, length, size - length, null);
    } catch {
      stats.skipped++;
      continue;
    } finally {
      closeSync(fd);
    }
    if (buffer.subarray(0, Math.min(length, SNIFF)).includes(0)) {
      stats.skipped++;
      continue;
    }
    stats.scanned++;
    stats.bytes += length;
    const references = matcher.find(buffer.toString('latin1', 0, length));
    if (references.length > 0) onFile({ path, references });
  }
  return stats;
}
