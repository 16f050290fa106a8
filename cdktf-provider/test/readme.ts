// The READMEs' fenced examples, so tests run what readers copy rather than a copy of it.
import { readFileSync } from 'node:fs';

export const providerReadme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
export const rootReadme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

export interface Fence {
  lang: string;
  body: string;
}

export function fences(markdown: string): Fence[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, body: m[2]! }));
}

/** The one fenced block of `lang` that contains `marker` (an example the README must keep). */
export function example(markdown: string, lang: string, marker: string): string {
  const found = fences(markdown).filter((f) => f.lang === lang && f.body.includes(marker));
  if (found.length !== 1)
    throw new Error(`expected one \`\`\`${lang} block with ${marker}, found ${found.length}`);
  return found[0]!.body;
}
