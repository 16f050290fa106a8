// Shell completion: what to offer for the word being typed, from the words before it and the command
// table (oclif's manifest: ids, args, flags). Pure, so it is tested without a shell or a server; the
// `ff __complete` command adds the keys that live on the server, and `ff completion bash|zsh` prints
// the script that calls it.

/** What the completion table needs to know of a command (a subset of oclif's Command.Loadable). */
export interface CompletableCommand {
  id: string;
  hidden?: boolean;
  args: Record<string, { options?: readonly string[] | undefined }>;
  flags: Record<string, { type: string; char?: string | undefined; options?: readonly string[] | undefined }>;
}

/** Keys that live on the server (or, for profiles, in the config file). */
export type KeyKind = 'flag' | 'segment' | 'env' | 'project' | 'profile';

export type Completion = { words: string[] } | { keys: KeyKind; prefix: string };

// Option flags whose values are keys. Everything else offers its `options`, or nothing.
const flagValueKinds: Record<string, KeyKind> = {
  env: 'env',
  from: 'env',
  to: 'env',
  project: 'project',
  'admin-of': 'project',
  'token-project': 'project',
  profile: 'profile',
  flag: 'flag',
  segment: 'segment',
};

/** The kind of key a positional argument of a command names, or undefined (free text, ids, new keys). */
export function argKind(commandId: string, argName: string): KeyKind | undefined {
  const [topic] = commandId.split(':');
  if (commandId.endsWith(':create') || (commandId === 'envs:clone' && argName === 'key')) return undefined;
  if (argName === 'segment') return 'segment';
  if (topic === 'envs' && ['key', 'source', 'env', 'with'].includes(argName)) return 'env';
  if (argName !== 'key') return undefined;
  if (topic === 'flags' || commandId === 'eval') return 'flag';
  if (topic === 'segments') return 'segment';
  if (topic === 'projects') return 'project';
  return undefined;
}

const startsWith = (prefix: string) => (w: string) => w.startsWith(prefix);

/**
 * What to offer for the last of `words` (the words after `ff`, the last one being typed, perhaps '').
 */
export function complete(commands: readonly CompletableCommand[], words: readonly string[]): Completion {
  const current = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  const visible = commands.filter((c) => !c.hidden);
  const ids = visible.map((c) => c.id.split(':'));

  // The longest run of leading words that names a command.
  let matched: CompletableCommand | undefined;
  let used = 0;
  for (let n = before.length; n > 0 && matched === undefined; n--) {
    const id = before.slice(0, n).join(':');
    matched = visible.find((c) => c.id === id);
    if (matched) used = n;
  }

  if (matched === undefined) {
    // Still typing the command: the next word of every command id that starts with the words so far.
    const next = ids
      .filter((parts) => parts.length > before.length && before.every((w, i) => parts[i] === w))
      .map((parts) => parts[before.length]!);
    return { words: [...new Set(next)].filter(startsWith(current)).sort() };
  }

  // Walk the rest: flags (and the values of option flags) and positional arguments.
  const byChar = new Map(
    Object.entries(matched.flags).flatMap(([name, f]) => (f.char ? [[`-${f.char}`, name]] : [])),
  );
  const flagName = (word: string) => (word.startsWith('--') ? word.slice(2) : byChar.get(word));
  let positional = 0;
  let valueOf: string | undefined;
  for (const word of before.slice(used)) {
    if (valueOf !== undefined) {
      valueOf = undefined;
      continue;
    }
    if (word.startsWith('-') && word !== '-') {
      const name = flagName(word);
      if (name !== undefined && !word.includes('=') && matched.flags[name]?.type === 'option') valueOf = name;
      continue;
    }
    positional++;
  }

  if (valueOf !== undefined) {
    const flag = matched.flags[valueOf]!;
    if (flag.options) return { words: [...flag.options].filter(startsWith(current)) };
    const kind = flagValueKinds[valueOf];
    return kind ? { keys: kind, prefix: current } : { words: [] };
  }
  if (current.startsWith('-')) {
    const names = Object.entries(matched.flags).flatMap(([name, f]) => [
      `--${name}`,
      ...(f.char ? [`-${f.char}`] : []),
    ]);
    return { words: names.filter(startsWith(current)).sort() };
  }
  const argNames = Object.keys(matched.args);
  const argName = argNames[positional];
  if (argName === undefined) return { words: [] };
  const options = matched.args[argName]!.options;
  if (options) return { words: [...options].filter(startsWith(current)) };
  const kind = argKind(matched.id, argName);
  return kind ? { keys: kind, prefix: current } : { words: [] };
}

/** The script `ff completion SHELL` prints: it asks `ff __complete -- WORDS…` for each completion. */
export function completionScript(shell: 'bash' | 'zsh', bin: string): string {
  if (shell === 'bash') {
    return `# ${bin} completion for bash. Add to ~/.bashrc:  eval "$(${bin} completion bash)"
_${bin}_complete() {
  local IFS=$'\\n'
  COMPREPLY=($(${bin} __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _${bin}_complete ${bin}
`;
  }
  return `#compdef ${bin}
# ${bin} completion for zsh. Add to ~/.zshrc, after compinit:  eval "$(${bin} completion zsh)"
_${bin}() {
  local -a candidates
  candidates=("\${(@f)$(${bin} __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  compadd -a candidates
}
compdef _${bin} ${bin}
`;
}
