// The Settings page: the project's environments (protected, version) above, the selected environment's
// SDK keys (kind, name, prefix, created, last used, expiry or revocation) below, and the Settings
// overlays (the new-key form, the rotate overlap, the new-environment form, the secret shown once).
import type { ReactElement } from 'react';
import { Box, Text } from 'ink';
import { h } from '../h.ts';
import { durationText, rotateOverlap } from '../../key-writes.ts';
import { ago, windowOf } from '../state/model.ts';
import type { AppState } from '../state/reducer.ts';
import { adminReason, envKeyProblem, keysOf, overlapProblem, selectedEnv } from '../state/settings.ts';
import type { SettingsOverlay } from '../state/settings.ts';
import type { Theme } from './theme.ts';
import { formField } from './form-field.ts';

interface PageProps {
  state: AppState;
  theme: Theme;
  width: number;
  height: number;
  now: Date;
}

const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, Math.max(0, n - 1))}…` : s.padEnd(n));

function row(key: string, text: string, selected: boolean, active: boolean) {
  return h(Text, { key, wrap: 'truncate', inverse: selected && active }, (selected ? '› ' : '  ') + text);
}

export function SettingsPage({ state, theme, width, height, now }: PageProps): ReactElement {
  const d = state.data!;
  const env = selectedEnv(state);
  const inKeys = state.settings.section === 'keys';
  const active = state.focus === 'main';
  const envRows = Math.max(1, Math.min(d.environments.length, Math.floor((height - 8) / 2)));
  const ew = windowOf(d.environments.length, state.listCursor, envRows, 0);
  const keys = keysOf(state, env?.key);
  const why = adminReason(d.me.role);
  const keyRows = Math.max(1, height - envRows - 8);
  const kw = windowOf(keys?.length ?? 0, state.settings.keyCursor, keyRows, 0);
  // In a pane under 82 columns the creation time gives way, so the state (active, expires in…,
  // revoked…) still fits.
  const cols = (kind: string, name: string, prefix: string, created: string, last: string) =>
    `${pad(kind, 7)} ${pad(name, width < 82 ? 14 : 18)} ${pad(prefix, 13)} ${width < 82 ? '' : `${pad(created, 9)} `}${pad(last, 10)} `;
  const keyState = (k: NonNullable<typeof keys>[number]) =>
    k.revokedAt
      ? `revoked ${ago(k.revokedAt, now)}`
      : k.expiresAt
        ? Date.parse(k.expiresAt) <= now.getTime()
          ? 'expired'
          : `expires in ${durationText(Math.round((Date.parse(k.expiresAt) - now.getTime()) / 1000))}`
        : 'active';
  const used = (id: string) => {
    const at = d.keyUsage?.[id];
    return at ? ago(at, now) : d.keyUsage ? 'never' : '—';
  };
  return h(
    Box,
    { flexDirection: 'column' },
    h(Text, { bold: true }, `Settings · environments (${d.environments.length})`),
    h(
      Text,
      { bold: true, wrap: 'truncate' },
      `  ${pad('KEY', 16)} ${pad('NAME', 20)} ${pad('PROTECTED', 10)} VERSION`,
    ),
    ...d.environments
      .slice(ew.start, ew.end)
      .map((e, i) =>
        row(
          e.key,
          `${pad(e.key, 16)} ${pad(e.name, 20)} ${pad(e.protected ? 'yes' : 'no', 10)} ${e.version}`,
          ew.start + i === state.listCursor,
          active && !inKeys,
        ),
      ),
    h(
      Text,
      { color: theme.color('dim'), wrap: 'truncate' },
      inKeys
        ? ' '
        : (why ?? 'p protect/unprotect · c create · C clone the selected one · Enter its SDK keys'),
    ),
    h(
      Text,
      { bold: true, wrap: 'truncate' },
      `SDK keys of ${env?.key ?? '—'}${env?.protected ? ' (protected)' : ''}`,
    ),
    ...(keys === undefined
      ? [
          h(
            Text,
            { key: 'nokeys', color: theme.color('dim'), wrap: 'truncate' },
            `  ${why ?? 'the API did not list them'}: ff keys list -e ${env?.key ?? 'ENV'} as a project admin`,
          ),
        ]
      : keys.length === 0
        ? [h(Text, { key: 'none', color: theme.color('dim') }, '  none yet: Enter, then n creates one')]
        : [
            h(
              Text,
              { key: 'kh', bold: true, wrap: 'truncate' },
              `  ${cols('KIND', 'NAME', 'PREFIX', 'CREATED', 'LAST USED')}STATE`,
            ),
            ...keys
              .slice(kw.start, kw.end)
              .map((k, i) =>
                row(
                  k.id,
                  `${cols(k.kind, k.name, `${k.prefix}…`, ago(k.createdAt, now), used(k.id))}${keyState(k)}`,
                  inKeys && kw.start + i === state.settings.keyCursor,
                  active,
                ),
              ),
          ]),
    inKeys
      ? h(
          Text,
          { color: theme.color('dim'), wrap: 'truncate' },
          why ?? 'n new key · R rotate (with an overlap) · d revoke (asks first) · Esc environments',
        )
      : null,
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

export function SettingsOverlayView({
  state,
  overlay,
  theme,
  width,
}: {
  state: AppState;
  overlay: SettingsOverlay;
  theme: Theme;
  width: number;
}): ReactElement {
  const dim = (key: string, text: string) =>
    h(Text, { key, color: theme.color('dim'), wrap: 'truncate' }, text);
  switch (overlay.kind) {
    case 'secret':
      return frame(theme, width, overlay.title, [
        ...overlay.lines.map((l, i) =>
          h(
            Text,
            {
              key: `l${i}`,
              bold: l === overlay.secret,
              color: l === overlay.secret ? theme.color('warn') : undefined,
            },
            l,
          ),
        ),
        dim('k', 'c copies it to the clipboard (OSC 52) · any other key closes it for good'),
      ]);
    case 'keyForm':
      return frame(theme, width, `New SDK key in ${overlay.env}`, [
        formField('kind', 'kind', `${overlay.keyKind}  (←→)`, overlay.step === 0, false),
        formField('name', 'name', overlay.name, overlay.step === 1),
        dim(
          'what',
          overlay.keyKind === 'server'
            ? 'server: for back ends; reads the whole ruleset and evaluates locally'
            : 'client: for browsers and apps; sees only client-side flags, evaluated',
        ),
        dim('hint', 'Enter next · Enter on the name creates it (the secret is shown once) · Esc cancels'),
      ]);
    case 'rotateForm': {
      const problem = overlapProblem(overlay.input);
      return frame(
        theme,
        width,
        `Rotate ${overlay.key.kind} key "${overlay.key.name}" (${overlay.key.prefix}…)`,
        [
          h(Text, { key: 'in' }, `old key keeps working for › ${overlay.input}▏ seconds`),
          h(
            Text,
            { key: 'v', color: problem ? theme.color('error') : theme.color('ok') },
            problem ??
              `✓ ${overlay.input.trim() === '0' ? 'the old key stops at once' : durationText(Number(overlay.input))}`,
          ),
          dim('hint', `default ${durationText(rotateOverlap.default)} · Enter asks to confirm · Esc cancels`),
        ],
      );
    }
    case 'envForm': {
      const problem = envKeyProblem(state, overlay.key);
      return frame(
        theme,
        width,
        overlay.source ? `Clone ${overlay.source} into a new environment` : 'New environment',
        [
          formField('key', 'key', overlay.key, overlay.step === 0),
          formField('name', 'name', overlay.name, overlay.step === 1),
          formField(
            'protect',
            'protected',
            `${overlay.protect ? 'yes' : 'no'}  (space)`,
            overlay.step === 2,
            false,
          ),
          h(
            Text,
            { key: 'v', color: problem ? theme.color('error') : theme.color('ok') },
            overlay.step === 0 ? (problem ?? `✓ ${overlay.key} is free`) : ' ',
          ),
          dim(
            'what',
            overlay.source
              ? `every flag gets ${overlay.source}'s configuration there (rules, targets, on/off)`
              : 'every flag is off there until someone turns it on',
          ),
          dim('hint', 'Enter next · ↑ back · Enter on "protected" creates it · Esc cancels'),
        ],
      );
    }
  }
}
