// A small, strict Semantic Versioning 2.0.0 parser and comparator (https://semver.org).
//
// Hand-written rather than a regular expression so that attribute strings of any length parse in
// linear time; numeric parts are kept as digit strings so versions beyond 2^53 still compare exactly.

/** A parsed semantic version. Build metadata is dropped: it never affects precedence. */
export interface SemVer {
  readonly major: string;
  readonly minor: string;
  readonly patch: string;
  /** Pre-release identifiers; empty for a release version. */
  readonly prerelease: readonly string[];
}

const MAX_LENGTH = 256;

function isNumeric(id: string): boolean {
  if (id.length === 0) return false;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function isIdentifier(id: string): boolean {
  if (id.length === 0) return false;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    const ok = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
    if (!ok) return false;
  }
  return true;
}

function isCoreNumber(id: string): boolean {
  return isNumeric(id) && (id.length === 1 || id.charCodeAt(0) !== 48);
}

/**
 * Parses a strict semver 2.0.0 string (`1.2.3`, `1.2.3-rc.1+build.5`). No `v` prefix, no missing
 * minor/patch, no leading zeros in numeric parts. Returns `undefined` for anything else.
 */
export function parseSemver(input: unknown): SemVer | undefined {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_LENGTH) return undefined;
  let rest = input;
  const plus = rest.indexOf('+');
  if (plus >= 0) {
    const build = rest.slice(plus + 1).split('.');
    if (!build.every(isIdentifier)) return undefined;
    rest = rest.slice(0, plus);
  }
  let prerelease: string[] = [];
  const dash = rest.indexOf('-');
  if (dash >= 0) {
    prerelease = rest.slice(dash + 1).split('.');
    for (const id of prerelease) {
      if (!isIdentifier(id)) return undefined;
      if (isNumeric(id) && id.length > 1 && id.charCodeAt(0) === 48) return undefined;
    }
    rest = rest.slice(0, dash);
  }
  const core = rest.split('.');
  if (core.length !== 3) return undefined;
  const [major, minor, patch] = core as [string, string, string];
  if (!isCoreNumber(major) || !isCoreNumber(minor) || !isCoreNumber(patch)) return undefined;
  return { major, minor, patch, prerelease };
}

// Digit strings without leading zeros order by length first, then lexically.
function compareDigits(a: string, b: string): number {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareIdentifiers(a: string, b: string): number {
  const an = isNumeric(a);
  const bn = isNumeric(b);
  if (an && bn) return compareDigits(a, b);
  if (an) return -1;
  if (bn) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Compares two versions by semver precedence: -1, 0 or 1. A pre-release sorts before its release;
 * pre-release identifiers compare numerically when both are numeric, numeric before alphanumeric,
 * otherwise by ASCII order, and a shorter list of equal prefix sorts first.
 */
export function compareSemver(a: SemVer, b: SemVer): number {
  const core =
    compareDigits(a.major, b.major) || compareDigits(a.minor, b.minor) || compareDigits(a.patch, b.patch);
  if (core !== 0) return core;
  const ap = a.prerelease;
  const bp = b.prerelease;
  if (ap.length === 0 || bp.length === 0) return ap.length === bp.length ? 0 : ap.length === 0 ? 1 : -1;
  const n = Math.min(ap.length, bp.length);
  for (let i = 0; i < n; i++) {
    const c = compareIdentifiers(ap[i] as string, bp[i] as string);
    if (c !== 0) return c;
  }
  return ap.length === bp.length ? 0 : ap.length < bp.length ? -1 : 1;
}
