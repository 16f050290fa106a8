// A segment opened from the Segments page: its size and rules (clauses ANDed within a rule, rules ORed),
// the clause under the cursor; and the Segments overlays: the clause form (operator from the engine's
// list, the values as the engine types them, shown before they are sent), the CSV import form and its
// progress bar (bytes and lines).
import type { ReactElement } from 'react';
import { Box, Text } from 'ink';
import { h } from '../h.ts';
import { windowOf } from '../state/model.ts';
import type { AppState } from '../state/reducer.ts';
import { detailsProblem } from '../state/segment-details.ts';
import { clauseOf } from '../state/clause-form.ts';
import { clauseRows, openSegment } from '../state/segments-edit.ts';
import type { SegmentEditOverlay } from '../state/segments-edit.ts';
import type { Theme } from './theme.ts';
import { formField } from './form-field.ts';

export function SegmentRules({
  state,
  theme,
  height,
}: {
  state: AppState;
  theme: Theme;
  height: number;
}): ReactElement {
  const s = openSegment(state);
  if (!s)
    return h(Text, { color: theme.color('dim') }, `segment ${state.segment?.key ?? ''} is gone (Esc back)`);
  const rows = clauseRows(s);
  const cursor = state.segment!.cursor;
  const lines: { key: string; text: string; selected: boolean; head: boolean }[] = [];
  rows.forEach((r, i) => {
    if (r.clause === 0)
      lines.push({
        key: `r${r.rule}`,
        text: `rule ${r.rule + 1}${r.rule > 0 ? '  (or)' : ''}`,
        selected: false,
        head: true,
      });
    lines.push({
      key: `c${i}`,
      text: `${r.clause > 0 ? 'and ' : '    '}${r.text}`,
      selected: i === cursor,
      head: false,
    });
  });
  const at = lines.findIndex((l) => l.selected);
  const w = windowOf(lines.length, Math.max(0, at), Math.max(1, height - 7), 0);
  return h(
    Box,
    { flexDirection: 'column' },
    h(Text, { bold: true, wrap: 'truncate' }, `Segment ${s.key} ("${s.name}") · version ${s.version}`),
    h(
      Text,
      { wrap: 'truncate' },
      `${s.includedCount} included · ${s.excludedCount} excluded · ${s.rules.length} rule(s): a context matches if it is included, or all clauses of any rule match (excluded never)`,
    ),
    h(Text, { bold: true }, 'Rules'),
    ...(rows.length === 0
      ? [h(Text, { key: 'none', color: theme.color('dim') }, '  no rules: a adds one')]
      : lines.slice(w.start, w.end).map((l) =>
          h(
            Text,
            {
              key: l.key,
              wrap: 'truncate',
              bold: l.head,
              inverse: l.selected && state.focus === 'main',
            },
            (l.selected ? '› ' : '  ') + l.text,
          ),
        )),
    h(
      Text,
      { color: theme.color('dim'), wrap: 'truncate' },
      'a add a rule · & add a clause to it · d remove the clause · i import CSV · u rename',
    ),
  );
}

function frame(theme: Theme, width: number, title: string, children: ReturnType<typeof h>[]) {
  return h(
    Box,
    { flexDirection: 'column', borderStyle: 'round', borderColor: theme.color('accent'), paddingX: 1, width },
    h(Text, { bold: true }, title),
    ...children,
  );
}

const field = (key: string, label: string, value: string, on: boolean, cursor = true) =>
  formField(key, label, value, on, cursor, 11);

const size = (n: number) =>
  n < 1024
    ? `${n} B`
    : n < 1024 * 1024
      ? `${(n / 1024).toFixed(1)} kB`
      : `${(n / 1024 / 1024).toFixed(1)} MB`;

/** `[█████░░░░░] 50%` */
export function progressBar(done: number, total: number, width: number): string {
  const pct = total <= 0 ? 100 : Math.floor((Math.min(done, total) / total) * 100);
  const w = Math.max(10, width);
  const filled = Math.round((pct / 100) * w);
  return `[${'█'.repeat(filled)}${'░'.repeat(w - filled)}] ${pct}%`;
}

export function SegmentOverlayView({
  overlay,
  theme,
  width,
}: {
  overlay: SegmentEditOverlay;
  theme: Theme;
  width: number;
}): ReactElement {
  const dim = (key: string, text: string) =>
    h(Text, { key, color: theme.color('dim'), wrap: 'truncate' }, text);
  switch (overlay.kind) {
    case 'clauseForm': {
      const made = clauseOf(overlay);
      return frame(
        theme,
        width,
        overlay.rule === undefined
          ? `New rule in ${overlay.segment}`
          : `Add a clause to rule ${overlay.rule + 1} of ${overlay.segment} (AND)`,
        [
          field('a', 'attribute', overlay.attribute, overlay.step === 0),
          field(
            'o',
            'operator',
            `${overlay.negate ? 'not ' : ''}${overlay.op}  (←→, ! negates)`,
            overlay.step === 1,
            false,
          ),
          field('v', 'values', overlay.values, overlay.step === 2),
          h(
            Text,
            { key: 'p', color: made.clause ? theme.color('ok') : theme.color('error'), wrap: 'truncate' },
            made.clause
              ? `✓ ${made.clause.negate ? 'not ' : ''}${made.clause.attribute} ${made.clause.op} ${JSON.stringify(made.clause.values)}`
              : made.problem,
          ),
          dim(
            't',
            'values: comma-separated, typed by the operator (lt/gt… numbers); a JSON array types them exactly',
          ),
          dim('hint', 'Enter next · ↑ back · Enter on the values saves · Esc cancels'),
        ],
      );
    }
    case 'detailsForm': {
      const problem = detailsProblem(overlay);
      return frame(theme, width, `Segment ${overlay.segment}: name and description`, [
        field('n', 'name', overlay.name, overlay.step === 0),
        field('d', 'description', overlay.description, overlay.step === 1),
        h(
          Text,
          { key: 'p', color: problem ? theme.color('error') : theme.color('dim'), wrap: 'truncate' },
          problem ?? 'the key stays; who matches does not change',
        ),
        dim('hint', 'Enter next · ↑ back · Enter on the description saves · Esc cancels'),
      ]);
    }
    case 'importForm':
      return frame(theme, width, `Import members into ${overlay.segment}`, [
        field('f', 'CSV file', overlay.file, overlay.step === 0),
        field('l', 'into', `${overlay.list}  (←→)`, overlay.step === 1, false),
        field(
          'm',
          'mode',
          `${overlay.mode}  (←→)${overlay.mode === 'replace' ? ': keys not in the file are removed' : ''}`,
          overlay.step === 2,
          false,
        ),
        dim('t', "one context key a line, or a CSV with a 'key' column"),
        dim('hint', 'Enter next · ↑ back · Enter on the mode imports · Esc cancels'),
      ]);
    case 'importProgress':
      return frame(theme, width, `Importing ${overlay.file} into ${overlay.segment}`, [
        h(
          Text,
          { key: 'bar', color: theme.color(overlay.done ? 'ok' : 'rollout') },
          progressBar(overlay.bytes, overlay.totalBytes, width - 14),
        ),
        h(
          Text,
          { key: 'n', wrap: 'truncate' },
          `${size(overlay.bytes)} of ${size(overlay.totalBytes)} · ${overlay.lines} of ${overlay.totalLines} lines`,
        ),
        overlay.done
          ? h(Text, { key: 'd', color: theme.color('ok'), wrap: 'truncate' }, `✓ ${overlay.done}`)
          : dim('d', 'uploading… (the server streams it in)'),
        dim('k', overlay.done ? 'any key closes' : ' '),
      ]);
  }
}
