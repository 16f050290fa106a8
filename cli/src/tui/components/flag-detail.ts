// One flag: its state in every environment (space toggles the selected one), the selected environment's
// rules, targets and prerequisites, and the History and Evaluate tabs.
import type { ReactElement } from 'react';
import { Box, Text } from 'ink';
import { describeClause, describeServe, variationName } from '../../flag-config.ts';
import { h } from '../h.ts';
import { ago, markerOf, readOnlyReason, windowOf } from '../state/model.ts';
import type { AppState } from '../state/reducer.ts';
import type { Theme } from './theme.ts';

const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, Math.max(0, n - 1))}…` : s.padEnd(n));

export function FlagDetail({
  state,
  theme,
  width,
  height,
  now,
}: {
  state: AppState;
  theme: Theme;
  width: number;
  height: number;
  now: Date;
}): ReactElement {
  const d = state.detail!;
  const data = state.data!;
  const flag = [...data.flags, ...data.archived].find((f) => f.key === d.key);
  if (!flag)
    return h(Text, { color: theme.color('warn') }, `${d.key} is gone (deleted elsewhere). Esc goes back.`);
  const tab = (id: typeof d.tab, label: string) =>
    h(Text, { key: id, inverse: d.tab === id, bold: d.tab === id }, ` ${label} `);
  const header = [
    h(
      Text,
      { key: 'title', wrap: 'truncate' },
      h(Text, { bold: true }, flag.key),
      `  "${flag.name}"  ${flag.kind}${flag.temporary ? ' · temporary' : ' · permanent'}${flag.clientSide ? ' · client-side' : ''}${flag.archived ? ' · ARCHIVED' : ''}`,
      flag.tags.length ? `  tags: ${flag.tags.join(',')}` : '',
      flag.owner ? `  owner: ${flag.owner}` : '',
    ),
    h(
      Text,
      { key: 'vars', wrap: 'truncate', color: theme.color('dim') },
      'variations: ' + flag.variations.map((v, i) => `${i} ${v.name}=${JSON.stringify(v.value)}`).join(' · '),
    ),
    h(
      Box,
      { key: 'tabs' },
      tab('targeting', 'Targeting (t)'),
      tab('history', 'History (H)'),
      tab('evaluate', 'Evaluate (v)'),
    ),
  ];
  const body: ReturnType<typeof h>[] = [];
  if (d.tab === 'targeting') {
    body.push(
      h(
        Text,
        { key: 'eh', bold: true, wrap: 'truncate' },
        '  ' + pad('ENVIRONMENT', 16) + pad('STATE', 14) + 'EVERYONE ELSE GETS',
      ),
    );
    data.environments.forEach((e, i) => {
      const c = flag.environments?.[e.key];
      const m = markerOf(flag, c);
      const selected = i === d.envIndex;
      body.push(
        h(
          Text,
          { key: `env-${e.key}`, wrap: 'truncate', inverse: selected },
          (selected ? '› ' : '  ') + pad(e.key + (e.protected ? ' *' : ''), 16),
          h(Text, { color: theme.color(m.tone) }, pad(`${m.glyph} ${m.text}`, 14)),
          c
            ? c.on
              ? describeServe(flag, c.fallthrough)
              : `${variationName(flag, c.offVariation)} (off)`
            : '',
          c ? h(Text, { color: theme.color('dim') }, `  v${c.version} · ${ago(c.updatedAt, now)}`) : '',
        ),
      );
    });
    const env = state.env;
    const c = flag.environments?.[env];
    const why = readOnlyReason(
      data.me.role,
      data.environments.find((e) => e.key === env),
    );
    body.push(
      h(
        Text,
        { key: 'sep', color: theme.color('dim') },
        `── in ${env} ${'─'.repeat(Math.max(0, width - env.length - 8))}`,
      ),
    );
    if (c) {
      body.push(
        h(
          Text,
          { key: 'rh', bold: true },
          `Rules (first match wins)${c.rules.length ? '  [ ] select, { } move, d remove, a add' : '  a adds one, g a segment rule'}:`,
        ),
      );
      if (c.rules.length === 0)
        body.push(h(Text, { key: 'r-none', color: theme.color('dim') }, '  (none)  g adds a segment rule'));
      c.rules.forEach((r, i) =>
        body.push(
          h(
            Text,
            { key: `r-${r.id ?? i}`, wrap: 'truncate', inverse: i === d.ruleIndex },
            `  ${i === d.ruleIndex ? '›' : ' '} [${r.id ?? i}] ${r.clauses.map(describeClause).join(' and ') || 'everyone'} → ${describeServe(flag, r.serve)}`,
          ),
        ),
      );
      body.push(
        h(
          Text,
          { key: 'targets', wrap: 'truncate' },
          'Targets: ' +
            (c.targets.map((t) => `${variationName(flag, t.variation)}: ${t.values.join(',')}`).join('; ') ||
              '(none)'),
        ),
        h(
          Text,
          { key: 'prereq', wrap: 'truncate' },
          'Prerequisites: ' + (c.prerequisites.map((p) => `${p.flag}=${p.variation}`).join(', ') || '(none)'),
        ),
      );
    }
    body.push(
      h(
        Text,
        { key: 'keys', color: why ? theme.color('warn') : theme.color('dim'), wrap: 'truncate' },
        why ?? 'space on/off · % rollout · g segment rule · v evaluate · H history · x archive',
      ),
    );
    if (!why)
      body.push(
        h(
          Text,
          { key: 'edit-keys', color: theme.color('dim'), wrap: 'truncate' },
          '+/- targets · p/P prerequisites · V variations · s serve · w split',
        ),
      );
  } else if (d.tab === 'history') {
    const rows = d.history;
    if (!rows) body.push(h(Text, { key: 'loading', color: theme.color('dim') }, 'reading history…'));
    else if (rows.length === 0) body.push(h(Text, { key: 'none' }, 'No changes recorded.'));
    else {
      const { start, end } = windowOf(rows.length, d.historyCursor, Math.max(1, height - 6), 0);
      rows
        .slice(start, end)
        .forEach((r, i) =>
          body.push(
            h(
              Text,
              { key: r.id, wrap: 'truncate', inverse: start + i === d.historyCursor },
              `${start + i === d.historyCursor ? '›' : ' '} #${pad(r.id, 6)} ${pad(ago(r.createdAt, now), 8)} ${pad(r.actor, 20)} ${pad(r.action, 20)} ${r.resource.split('/').slice(4).join('/') || 'flag'}`,
            ),
          ),
        );
      body.push(
        h(
          Text,
          { key: 'hk', color: theme.color('dim') },
          'R reverts the selected change (asks first) · t back to targeting',
        ),
      );
    }
  } else {
    for (const [i, line] of (d.evalLines ?? ['v asks for a context to evaluate']).entries())
      body.push(h(Text, { key: `ev-${i}`, wrap: 'truncate', bold: i === 1 }, line));
  }
  return h(Box, { flexDirection: 'column', width }, ...header, ...body);
}
