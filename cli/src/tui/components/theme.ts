// Colours by meaning. With NO_COLOR (https://no-color.org) every colour is dropped; the markers' glyphs
// (○ off, ● on, ◐ rolling out) and inverse video for the selection still tell the states apart.
export type Tone = 'off' | 'on' | 'rollout' | 'none' | 'error' | 'ok' | 'info' | 'dim' | 'accent' | 'warn';

export interface Theme {
  noColor: boolean;
  color(tone: Tone): string | undefined;
}

const palette: Record<Tone, string> = {
  off: 'red',
  on: 'green',
  rollout: 'yellow',
  none: 'gray',
  error: 'red',
  ok: 'green',
  info: 'cyan',
  dim: 'gray',
  accent: 'cyan',
  warn: 'yellow',
};

export function themeFor(noColor: boolean): Theme {
  return { noColor, color: (tone) => (noColor ? undefined : palette[tone]) };
}

/** NO_COLOR set to anything non-empty turns colour off. */
export const noColorFromEnv = (env: NodeJS.ProcessEnv = process.env): boolean => (env.NO_COLOR ?? '') !== '';
