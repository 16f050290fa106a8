// Segment writes shared by `ff segments create|update`, `ff segments members add|remove|import` and the
// dashboard: one request each, so there is no second write path.
import { readFile } from 'node:fs/promises';
import type {
  FfClient,
  ImportSegmentMembersResponse,
  Segment,
  SegmentCreate,
  SegmentUpdate,
} from '@ff/client';

export async function createSegment(api: FfClient, project: string, body: SegmentCreate): Promise<Segment> {
  const { data } = await api.createSegment({ path: { project }, body });
  return data;
}

/** Adds context keys to (or removes them from) a segment's included or excluded list. */
export async function changeSegmentMembers(
  api: FfClient,
  project: string,
  segment: string,
  change: { op: 'add' | 'remove'; list: 'included' | 'excluded'; keys: string[]; comment?: string },
): Promise<Segment> {
  const { data } = await api.changeSegmentMembers({
    path: { project, segment },
    body: {
      [change.op]: { [change.list]: change.keys },
      ...(change.comment ? { comment: change.comment } : {}),
    },
  });
  return data;
}

export const membersSummary = (s: Segment) =>
  `${s.key}: ${s.includedCount} included, ${s.excludedCount} excluded`;

/** `u1, u2 u3` → ['u1', 'u2', 'u3']. */
export const splitKeys = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** A segment's rules replaced, with If-Match from the version the caller read (a stale one is a 412). */
export async function updateSegment(
  api: FfClient,
  project: string,
  segment: string,
  ifMatch: string,
  body: SegmentUpdate,
): Promise<Segment> {
  const { data } = await api.updateSegment({
    path: { project, segment },
    headers: { 'If-Match': ifMatch },
    body,
  });
  return data;
}

export const segmentEtag = (s: Pick<Segment, 'version'>) => `"${s.version}"`;

/** How far an upload of a members CSV has got: bytes sent of the file's, and the lines they hold. */
export interface ImportProgress {
  bytes: number;
  totalBytes: number;
  lines: number;
  totalLines: number;
}

export type ImportResult = ImportSegmentMembersResponse;

const countLines = (buf: Buffer, from: number, to: number) => {
  let n = 0;
  for (let i = buf.indexOf(10, from); i !== -1 && i < to; i = buf.indexOf(10, i + 1)) n++;
  return n;
};

/**
 * Imports a members CSV (one key a line, or a `key` column) into a segment's list, merging or replacing;
 * the server streams it. `onProgress` follows the upload (axios's upload events) and ends at the whole
 * file once the server has answered.
 */
export async function importSegmentMembers(
  api: FfClient,
  project: string,
  segment: string,
  csv: string,
  opts: { list: 'included' | 'excluded'; mode: 'merge' | 'replace' },
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportResult> {
  const buf = Buffer.from(csv);
  const totalLines = countLines(buf, 0, buf.length) + (buf.length > 0 && buf[buf.length - 1] !== 10 ? 1 : 0);
  // Lines are counted as the bytes go, from where the last event stopped.
  let counted = 0;
  let lines = 0;
  const report = (bytes: number) => {
    const to = Math.min(bytes, buf.length);
    lines += countLines(buf, counted, to);
    counted = Math.max(counted, to);
    onProgress?.({
      bytes: to,
      totalBytes: buf.length,
      lines: to === buf.length ? totalLines : lines,
      totalLines,
    });
  };
  const { data } = await api.importSegmentMembers({
    path: { project, segment },
    query: opts,
    body: csv,
    onUploadProgress: (e: { loaded: number }) => report(e.loaded),
  });
  report(buf.length);
  return data;
}

/** The members CSV at `file`, or an error that names the file and why it could not be read. */
export async function readMembersCsv(file: string): Promise<string> {
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`cannot read ${file} (${error.code ?? error.message})`);
  });
}

export const importSummary = (segment: string, r: ImportResult) =>
  `${segment}: ${r.lines} lines, ${r.added} added, ${r.removed} removed (${r.mode} into ${r.list})`;
