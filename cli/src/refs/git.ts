// The repository a scan describes, from git: its name (the remote's last path segment), branch and
// commit. Outside a git checkout each is undefined and the command asks for them when it needs them.
import { execFileSync } from 'node:child_process';
import { basename, resolve } from 'node:path';

function git(root: string, args: string[]): string | undefined {
  try {
    const out = execFileSync('git', ['-C', root, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out.trim() || undefined;
  } catch {
    return undefined;
  }
}

export interface GitInfo {
  repository: string | undefined;
  branch: string | undefined;
  commit: string | undefined;
}

/** `https://github.com/acme/web.git`, `git@github.com:acme/web.git` → `web`. */
export function repositoryName(remote: string): string | undefined {
  const last = remote
    .replace(/\/+$/, '')
    .split(/[/:]/)
    .pop()
    ?.replace(/\.git$/, '');
  return last ? sanitizeRepository(last) : undefined;
}

/** A repository name the API accepts: letters, digits, `.`, `_`, `-`, starting with a letter or digit. */
export function sanitizeRepository(name: string): string | undefined {
  const clean = name
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 100);
  return clean || undefined;
}

export function gitInfo(root: string): GitInfo {
  const top = git(root, ['rev-parse', '--show-toplevel']);
  const remote = git(root, ['config', '--get', 'remote.origin.url']);
  const branch = git(root, ['rev-parse', '--abbrev-ref', 'HEAD']);
  return {
    repository: (remote && repositoryName(remote)) ?? sanitizeRepository(basename(top ?? resolve(root))),
    branch: branch === 'HEAD' ? undefined : branch,
    commit: git(root, ['rev-parse', 'HEAD']),
  };
}
