// The whole screen as a function of the state: header, sidebar, main pane, status line, and an overlay
// when one is open. Component tests render it from fixture states; app.ts feeds it the live state.
import type { ReactElement } from 'react';
import { Box, Text } from 'ink';
import { h } from '../h.ts';
import { pages, readOnlyReason } from '../state/model.ts';
import type { AppState } from '../state/reducer.ts';
import { FlagDetail } from './flag-detail.ts';
import { FlagsPage } from './flags-page.ts';
import { OverlayView } from './overlays.ts';
import { AuditPage, ExperimentsPage, HomePage, InsightsPage, MembersPage, SegmentsPage } from './pages.ts';
import { SegmentRules } from './segment-rules.ts';
import { SettingsPage } from './settings-page.ts';
import type { Theme } from './theme.ts';

const connectionText: Record<AppState['connection'], [string, 'ok' | 'warn' | 'error' | 'info']> = {
  connecting: ['◌ connecting', 'info'],
  live: ['● live', 'ok'],
  'catching-up': ['◐ catching up', 'warn'],
  offline: ['○ disconnected, retrying', 'error'],
};

/** The keys that work where the user is, for the status line. */
export function keysHere(state: AppState): string {
  if (state.overlay?.kind === 'confirm') return 'y apply · any other key cancels';
  if (state.overlay?.kind === 'secret') return 'c copy (OSC 52) · any other key closes';
  if (state.overlay) return 'Esc close';
  if (state.flags.filtering && state.page === 'flags') return 'type to filter · Enter keep · Esc clear';
  if (state.focus === 'sidebar') return '↑↓ page · Enter/→ open · Tab main · ? help · q quit';
  if (state.detail) return 'space on/off · % rollout · g/a rule · v eval · H history · Esc back · ? help';
  if (state.page === 'flags')
    return '↑↓ Enter · / filter · space on/off · n new · e env · : cmd · ? help · q quit';
  if (state.page === 'audit') return '↑↓ move · R revert · e env · : cmd · ? help · q quit';
  if (state.page === 'members') return '↑↓ move · i invite · o role · d remove · ? help · q quit';
  if (state.page === 'segments' && state.segment)
    return '↑↓ clause · a rule · & and-clause · d remove · i import CSV · u rename · Esc back · ? help';
  if (state.page === 'segments')
    return '↑↓ move · Enter rules · n new · u rename · + add members · - remove · i import · ? help · q quit';
  if (state.page === 'settings' && state.settings.section === 'keys')
    return '↑↓ key · n new · R rotate · d revoke · Esc environments · ? help';
  if (state.page === 'settings')
    return '↑↓ env · Enter SDK keys · p protect · c create · C clone · ? help · q quit';
  if (state.page === 'experiments')
    return '↑↓ Enter results · L launch · P pause · S stop · Esc close · ? help · q quit';
  return '↑↓ move · Tab sidebar · e env · : cmd · ? help · q quit';
}

export function Screen({
  state,
  theme,
  now = new Date(),
}: {
  state: AppState;
  theme: Theme;
  now?: Date;
}): ReactElement {
  const width = Math.max(40, state.width);
  const height = Math.max(10, state.height);
  const sidebarWidth = 15;
  const mainWidth = width - sidebarWidth - 1;
  const bodyHeight = height - 3;
  const env = state.data?.environments.find((e) => e.key === state.env);
  const why = state.data ? readOnlyReason(state.data.me.role, env) : undefined;
  const [conn, connTone] = connectionText[state.connection];

  let main: ReturnType<typeof h>;
  if (!state.data) {
    main = h(
      Text,
      { color: state.loadError ? theme.color('error') : theme.color('dim') },
      state.loadError ?? `Reading ${state.project}…`,
    );
  } else {
    const props = { state, theme, width: mainWidth, height: bodyHeight, now };
    if (state.detail) main = h(FlagDetail, props);
    else
      switch (state.page) {
        case 'home':
          main = h(HomePage, props);
          break;
        case 'flags':
          main = h(FlagsPage, props);
          break;
        case 'segments':
          main = state.segment ? h(SegmentRules, props) : h(SegmentsPage, props);
          break;
        case 'experiments':
          main = h(ExperimentsPage, props);
          break;
        case 'insights':
          main = h(InsightsPage, props);
          break;
        case 'audit':
          main = h(AuditPage, props);
          break;
        case 'members':
          main = h(MembersPage, props);
          break;
        case 'settings':
          main = h(SettingsPage, props);
          break;
      }
  }

  const sidebar = h(
    Box,
    { flexDirection: 'column', width: sidebarWidth, flexShrink: 0 },
    ...pages.map((p, i) => {
      const current = p.id === state.page;
      return h(
        Text,
        {
          key: p.id,
          inverse: current && state.focus === 'sidebar',
          bold: current,
          color: current ? theme.color('accent') : undefined,
          wrap: 'truncate',
        },
        `${current ? '▌' : ' '}${i + 1} ${p.label}`,
      );
    }),
  );

  return h(
    Box,
    { flexDirection: 'column', width, height },
    h(
      Text,
      { wrap: 'truncate', bold: true },
      h(Text, { color: theme.color('accent') }, 'ff dash'),
      ` · ${state.data?.projectName ?? state.project} · env `,
      h(
        Text,
        { color: env?.protected ? theme.color('warn') : theme.color('ok') },
        `${state.env}${env?.protected ? ' (protected)' : ''}`,
      ),
    ),
    h(
      Box,
      { flexDirection: 'row', height: bodyHeight, overflow: 'hidden' },
      sidebar,
      h(
        Box,
        { width: 1, flexShrink: 0 },
        h(Text, { color: theme.color('dim') }, '│\n'.repeat(Math.max(1, bodyHeight)).trimEnd()),
      ),
      h(
        Box,
        { flexDirection: 'column', width: mainWidth, overflow: 'hidden' },
        state.overlay
          ? h(OverlayView, { state, overlay: state.overlay, theme, width: mainWidth, height: bodyHeight })
          : main,
      ),
    ),
    h(
      Text,
      { wrap: 'truncate' },
      `${state.profile} · ${state.project} · ${state.env} · `,
      h(Text, { color: theme.color(connTone) }, conn),
      why ? h(Text, { color: theme.color('warn') }, ` · ${why}`) : '',
      state.status
        ? h(
            Text,
            {
              color: theme.color(
                state.status.tone === 'error' ? 'error' : state.status.tone === 'ok' ? 'ok' : 'info',
              ),
            },
            ` · ${state.status.text}`,
          )
        : '',
    ),
    h(Text, { wrap: 'truncate', color: theme.color('dim') }, keysHere(state)),
  );
}
