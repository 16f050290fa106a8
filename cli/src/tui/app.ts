// The live dashboard: the state store (the reducer behind a ref, so a burst of keys never reads a stale
// state), the first load, the change stream, resize, and keys → actions and effects. Everything it draws
// is components/screen.ts.
import type { FfClient } from '@ff/client';
import { useApp, useInput, useStdout } from 'ink';
import { useEffect, useMemo, useRef, useState } from 'react';
import { themeFor } from './components/theme.ts';
import { Screen } from './components/screen.ts';
import { openChangeStream } from './data/change-stream.ts';
import type { ChangeStreamOptions } from './data/change-stream.ts';
import { applyChange, reload, runEffect } from './data/effects.ts';
import type { EffectDeps } from './data/effects.ts';
import { changeRowOf } from './data/loader.ts';
import { h } from './h.ts';
import { interpret } from './state/keys.ts';
import { initialState, reduce } from './state/reducer.ts';
import type { Action, AppState } from './state/reducer.ts';

export interface AppProps {
  api: FfClient;
  apiUrl: string;
  token: string | undefined;
  profile: string;
  project: string;
  env: string | undefined;
  noColor: boolean;
  /** Asks the runner to start over on another project. */
  onSwitchProject?(project: string): void;
  /** For measurements: called after each render with the state drawn. */
  onRender?(state: AppState): void;
  openStream?: (opts: ChangeStreamOptions) => { close(): void };
}

export function App(props: AppProps) {
  const { exit } = useApp();
  const stdout = useStdout().stdout as NodeJS.WriteStream;
  const store = useRef<AppState>(
    initialState({
      profile: props.profile,
      project: props.project,
      env: props.env ?? '',
      width: stdout.columns || 80,
      height: stdout.rows || 24,
    }),
  );
  const [, setTick] = useState(0);
  const theme = useMemo(() => themeFor(props.noColor), [props.noColor]);

  const deps = useMemo<EffectDeps>(() => {
    const dispatch = (action: Action) => {
      store.current = reduce(store.current, action);
      setTick((t) => t + 1);
    };
    return {
      api: props.api,
      apiUrl: props.apiUrl,
      project: props.project,
      dispatch,
      getState: () => store.current,
      quit: () => {
        dispatch({ type: 'quit' });
        exit();
      },
      switchProject: props.onSwitchProject,
      // OSC 52 sets the terminal's clipboard (and, through SSH, the local one); it draws nothing.
      copy: (text) => stdout.write(`\x1b]52;c;${Buffer.from(text).toString('base64')}\x07`),
    };
  }, [props.api, props.apiUrl, props.project, props.onSwitchProject, exit, stdout]);

  useEffect(() => {
    void reload(deps);
    const stream = (props.openStream ?? openChangeStream)({
      baseUrl: props.apiUrl,
      token: props.token,
      project: props.project,
      onChange: (e) => void applyChange(deps, changeRowOf(e)),
      onConnection: (state) => deps.dispatch({ type: 'connection', state }),
      onResync: () => void reload(deps),
    });
    return () => stream.close();
  }, [deps]);

  useEffect(() => {
    const onResize = () => deps.dispatch({ type: 'resize', width: stdout.columns, height: stdout.rows });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, deps]);

  useInput((input, key) => {
    // Keys typed faster than a read (or sent together over SSH) arrive as one chunk: one key each.
    const plain = input.length > 1 && !key.ctrl && !key.meta && !input.startsWith('\x1b');
    const presses = plain
      ? [...input].map((c) => (c === '\r' ? { input: '', key: { return: true } } : { input: c, key: {} }))
      : [{ input, key }];
    for (const p of presses) {
      const out = interpret(store.current, p.input, p.key);
      for (const a of out.actions) deps.dispatch(a);
      for (const e of out.effects) void runEffect(deps, e);
    }
  });

  useEffect(() => props.onRender?.(store.current));
  return h(Screen, { state: store.current, theme });
}
