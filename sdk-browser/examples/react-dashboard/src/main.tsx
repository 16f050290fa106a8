// The example's entry: the settings the page's server wrote into window.__FF__ (server.ts), one
// FFProvider, the app. With `bootstrap` (values sdk-node evaluated on the server for this user) the first
// render already shows the right dashboard; without it, the values cached for this user on the last visit.
import { createRoot } from 'react-dom/client';
import { FFProvider } from '@ff/sdk-browser/react';
import type { ClientFlagValue } from '@ff/sdk-browser';
import { App } from './App.tsx';

interface PageSettings {
  baseUrl: string;
  clientKey: string;
  userId: string;
  otherUserId: string;
  bootstrap?: Record<string, ClientFlagValue>;
}

const settings = (window as unknown as { __FF__: PageSettings }).__FF__;

createRoot(document.getElementById('root')!).render(
  <FFProvider
    options={{
      clientKey: settings.clientKey,
      baseUrl: settings.baseUrl,
      context: { key: settings.userId },
      ...(settings.bootstrap ? { bootstrap: settings.bootstrap } : {}),
      // The example sends its events when the page is hidden or left (and every 10 s by default).
    }}
  >
    <App userId={settings.userId} otherUserId={settings.otherUserId} />
  </FFProvider>,
);
