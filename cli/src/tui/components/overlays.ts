// What opens over the page: the help (every key, from help-palette.ts), the command palette, the confirmation
// of a protected change (spelled out), the conflict notice, a prompt (the rollout slider among them) and
// the create-flag wizard with live key validation.
import type { ReactElement } from 'react';
import { Box, Text } from 'ink';
import { h } from '../h.ts';
import { emailProblem, segmentKeyProblem, wizardKeyProblem, wizardSteps } from '../state/forms.ts';
import { helpScroll, helpSection, keyHelp, paletteEntries } from '../state/help-palette.ts';
import type { AppState, Overlay } from '../state/reducer.ts';
import { pickChoices } from '../state/flag-edit.ts';
import { editSteps, editTitles, textField } from '../state/flag-edit-form.ts';
import type { EditForm } from '../state/flag-edit-form.ts';
import { editProblem } from '../state/flag-edit-problems.ts';
import { stopFormLines } from '../state/experiment-stop.ts';
import { DefinitionFormView } from './definition-form.ts';
import { RuleFormView } from './rule-form.ts';
import { SegmentOverlayView } from './segment-rules.ts';
import { SettingsOverlayView } from './settings-page.ts';
import type { Theme } from './theme.ts';

function frame(theme: Theme, width: number, title: string, children: ReturnType<typeof h>[]) {
  return h(
    Box,
    { flexDirection: 'column', borderStyle: 'round', borderColor: theme.color('accent'), paddingX: 1, width },
    h(Text, { bold: true }, title),
    ...children,
  );
}

function slider(pct: number, width: number): string {
  const w = Math.max(10, width);
  const filled = Math.round((Math.max(0, Math.min(100, pct)) / 100) * w);
  return `[${'█'.repeat(filled)}${'░'.repeat(w - filled)}] ${pct}%`;
}

export function OverlayView({
  state,
  overlay,
  theme,
  width,
  height,
}: {
  state: AppState;
  overlay: Overlay;
  theme: Theme;
  width: number;
  height: number;
}): ReactElement {
  const w = Math.min(width - 2, 76);
  switch (overlay.kind) {
    case 'keyForm':
    case 'rotateForm':
    case 'envForm':
    case 'secret':
      return h(SettingsOverlayView, { state, overlay, theme, width: w });
    case 'clauseForm':
    case 'importForm':
    case 'importProgress':
    case 'detailsForm':
      return h(SegmentOverlayView, { overlay, theme, width: w });
    case 'help': {
      const lines: ReturnType<typeof h>[] = [];
      // The keys of where you are come first; a list longer than the terminal scrolls (↑↓).
      const here = helpSection(state);
      const sections = [...keyHelp].sort((a, b) => Number(b[0] === here) - Number(a[0] === here));
      for (const [section, keys] of sections) {
        lines.push(h(Text, { key: section, bold: true, color: theme.color('accent') }, section));
        for (const [k, what] of keys)
          lines.push(h(Text, { key: section + k, wrap: 'truncate' }, `  ${k.padEnd(16)} ${what}`));
      }
      const { from, shown } = helpScroll(overlay.offset ?? 0, state.height);
      const title =
        lines.length > shown
          ? `Keys ${from + 1}-${Math.min(lines.length, from + shown)} of ${lines.length} (↑↓ scroll, any other key closes)`
          : 'Keys (any key closes)';
      return frame(theme, w, title, lines.slice(from, from + shown));
    }
    case 'palette': {
      const entries = paletteEntries(state, overlay.input);
      return frame(theme, w, ': command', [
        h(Text, { key: 'in' }, `› ${overlay.input}▏`),
        ...entries
          .slice(0, Math.max(3, Math.min(12, height - 8)))
          .map((e, i) =>
            h(Text, { key: e.label, inverse: i === overlay.cursor, wrap: 'truncate' }, `  ${e.label}`),
          ),
        h(
          Text,
          { key: 'hint', color: theme.color('dim') },
          'type to narrow · ↑↓ · Enter runs · Esc closes · "project KEY" switches project',
        ),
      ]);
    }
    case 'confirm':
      return frame(theme, w, 'Confirm', [
        ...overlay.lines.map((l, i) => h(Text, { key: `l${i}`, color: theme.color('warn') }, l)),
        h(Text, { key: 'q', bold: true }, 'Apply this change? y = yes, any other key = no'),
      ]);
    case 'conflict':
      return frame(
        theme,
        w,
        'Conflict',
        overlay.lines.map((l, i) => h(Text, { key: `l${i}` }, l)),
      );
    case 'prompt': {
      const pct = Number(overlay.input);
      return frame(theme, w, overlay.label, [
        h(Text, { key: 'in' }, `› ${overlay.input}▏`),
        ...(overlay.purpose === 'rollout' && Number.isFinite(pct)
          ? [
              h(Text, { key: 'slider', color: theme.color('rollout') }, slider(pct, w - 14)),
              h(
                Text,
                { key: 'sh', color: theme.color('dim') },
                '←→ 5% steps, or type a number · Enter applies · Esc cancels',
              ),
            ]
          : []),
        ...(overlay.list !== undefined
          ? [
              h(
                Text,
                { key: 'list', color: theme.color('dim'), wrap: 'truncate' },
                `${overlay.purpose === 'addMembers' ? 'into' : 'from'} the ${overlay.list} list · Tab: the ${overlay.list === 'included' ? 'excluded' : 'included'} list (excluded never match)`,
              ),
            ]
          : []),
        ...(overlay.purpose === 'segment'
          ? [
              h(
                Text,
                { key: 'segs', color: theme.color('dim'), wrap: 'truncate' },
                'segments: ' + (state.data?.segments.map((s) => s.key).join(', ') || '(none)'),
              ),
            ]
          : []),
      ]);
    }
    case 'edit':
      return editFrame(state, overlay, theme, w);
    case 'ruleForm':
      return h(RuleFormView, { state, form: overlay, theme, width: w });
    case 'definitionForm':
      return h(DefinitionFormView, { form: overlay, theme, width: w });
    case 'stopForm': {
      const x = state.data?.experiments?.find((e) => e.key === overlay.experiment);
      return frame(theme, w, `Stop ${overlay.experiment} in ${overlay.environment} for good`, [
        ...(x ? stopFormLines(x, overlay) : []).map((l, i) => h(Text, { key: `l${i}`, wrap: 'truncate' }, l)),
        h(Text, { key: 'hint', color: theme.color('dim') }, 'Enter asks to confirm · Esc cancels'),
      ]);
    }
    case 'notice':
      return frame(theme, w, overlay.title, [
        ...overlay.lines.map((l, i) => h(Text, { key: `l${i}`, wrap: 'truncate' }, l)),
        h(Text, { key: 'k', color: theme.color('dim') }, 'any key closes'),
      ]);
    case 'inviteForm': {
      const problem = emailProblem(overlay.email.trim());
      return frame(theme, w, 'Invite a member', [
        h(
          Text,
          { key: 'e', inverse: overlay.step === 0, wrap: 'truncate' },
          `${overlay.step === 0 ? '›' : ' '} email  ${overlay.email}${overlay.step === 0 ? '▏' : ''}`,
        ),
        h(
          Text,
          { key: 'r', inverse: overlay.step === 1, wrap: 'truncate' },
          `${overlay.step === 1 ? '›' : ' '} role   ${overlay.role}  (←→)${overlay.role === 'project_admin' ? ` of ${state.project}` : ''}`,
        ),
        h(
          Text,
          { key: 'v', color: problem ? theme.color('error') : theme.color('ok') },
          overlay.step === 0 ? (problem ?? '✓') : ' ',
        ),
        h(
          Text,
          { key: 'hint', color: theme.color('dim') },
          'Enter next · Enter on the role invites · Esc cancels',
        ),
      ]);
    }
    case 'rolePick':
      return frame(theme, w, `Role of ${overlay.member.email}`, [
        h(Text, { key: 'r' }, `${overlay.member.role} → ${overlay.role}  (←→)`),
        h(Text, { key: 'hint', color: theme.color('dim') }, 'Enter asks to confirm · Esc cancels'),
      ]);
    case 'segmentForm': {
      const problem = segmentKeyProblem(state, overlay.key);
      return frame(theme, w, 'New segment', [
        ...(['key', 'name'] as const).map((f, i) =>
          h(
            Text,
            { key: f, inverse: i === overlay.step, wrap: 'truncate' },
            `${i === overlay.step ? '›' : ' '} ${f.padEnd(6)} ${overlay[f]}${i === overlay.step ? '▏' : ''}`,
          ),
        ),
        h(
          Text,
          { key: 'v', color: problem ? theme.color('error') : theme.color('ok') },
          overlay.step === 0 ? (problem ?? `✓ ${overlay.key} is free`) : ' ',
        ),
        h(
          Text,
          { key: 'hint', color: theme.color('dim') },
          'Enter next · ↑ back · Enter on the name creates it (no members yet: + adds them) · Esc cancels',
        ),
      ]);
    }
    case 'wizard': {
      const problem = wizardKeyProblem(state, overlay.key);
      const values: Record<(typeof wizardSteps)[number], string> = {
        key: overlay.key,
        name: overlay.name,
        kind: `${overlay.kind_}  (←→)`,
        tags: overlay.tags,
        temporary: `${overlay.temporary ? 'yes' : 'no'}  (space)`,
        'client-side': `${overlay.clientSide ? 'yes' : 'no'}  (space)`,
      };
      return frame(theme, w, 'New flag', [
        ...wizardSteps.map((s, i) =>
          h(
            Text,
            { key: s, inverse: i === overlay.step, wrap: 'truncate' },
            `${i === overlay.step ? '›' : ' '} ${s.padEnd(12)} ${values[s]}${i === overlay.step && i !== 2 && i < 4 ? '▏' : ''}`,
          ),
        ),
        h(
          Text,
          { key: 'v', color: problem ? theme.color('error') : theme.color('ok') },
          overlay.step === 0 ? (problem ?? `✓ ${overlay.key} is free`) : ' ',
        ),
        h(
          Text,
          { key: 'hint', color: theme.color('dim') },
          'Enter/Tab next · ↑ back · Enter on the last step creates (off everywhere) · Esc cancels',
        ),
      ]);
    }
  }
}

// One line per step (the current one marked), the ←→ choices where there are some, the engine's verdict
// on what is typed so far, and the keys.
function editFrame(state: AppState, form: EditForm, theme: Theme, w: number): ReactElement {
  const steps = editSteps[form.what];
  const choices = pickChoices(state, form);
  const problem = editProblem(state, form);
  const valueOf = (i: number): string => {
    const field = textField({ ...form, step: i });
    if (field) return form[field];
    // A choice: shown on its own line while it is the current step, else the chosen label.
    if (i === form.step) return '';
    return pickChoices(state, form, i)[form.pick] ?? '';
  };
  const lines = steps.map((step, i) =>
    h(
      Text,
      { key: step, inverse: i === form.step, wrap: 'truncate' },
      `${i === form.step ? '›' : ' '} ${step.padEnd(13)} ${valueOf(i)}${i === form.step && !choices.length ? '▏' : ''}`,
    ),
  );
  if (choices.length)
    lines.push(
      h(
        Text,
        { key: 'choices', wrap: 'truncate' },
        '  ' + choices.map((c, i) => (i === form.pick ? `[${c}]` : c)).join('  ') + '  (←→)',
      ),
    );
  lines.push(
    h(
      Text,
      { key: 'v', color: problem ? theme.color('error') : theme.color('ok'), wrap: 'truncate' },
      problem ?? '✓',
    ),
    h(
      Text,
      { key: 'hint', color: theme.color('dim'), wrap: 'truncate' },
      form.what === 'variation' && form.step === 0
        ? 'Enter edits the picked one · d drops the last · Esc cancels'
        : 'Enter next / applies · ↑ back · Esc cancels',
    ),
  );
  return frame(
    theme,
    w,
    form.rule
      ? `${form.what === 'serve' ? 'Serve' : 'Split'} the matches of rule ${form.rule}: ${form.flag} in ${form.env}`
      : `${editTitles[form.what]}: ${form.flag}${form.what === 'variation' ? '' : ` in ${form.env}`}`,
    lines,
  );
}
