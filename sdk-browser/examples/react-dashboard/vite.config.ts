// `npx vite build` (or `npx vite` for development) in this folder. Inside the repository @ff/sdk-browser
// resolves to its TypeScript sources (the "@ff/source" export condition); in an app of your own it is the
// installed package's dist and this option is not needed.
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: { conditions: ['@ff/source', ...defaultClientConditions] },
  build: { target: 'es2020', outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
});
