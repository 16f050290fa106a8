// Compiled by ../typed-keys.test.ts with `tsc`, next to the file `ff codegen --sdk browser` generates from
// ./snapshot.json: keys and value types are checked in the client and in the React hooks. Every
// `@ts-expect-error` must meet an error, or tsc fails ("unused directive").
import { createClient } from '@ff/sdk-browser';
import { useFeatureFlag, useFlag, useFlags, useVariant } from '@ff/sdk-browser/react';

const ff = createClient({ clientKey: 'ff_cli_x', baseUrl: 'https://flags.example.com' });

export const on: boolean = ff.isEnabled('new-dashboard');
export const max: number = ff.getValue('max-cart-items', 20);
export const flow: 'one-page' | 'multi-step' = ff.getValue('checkout-flow', 'one-page');
export const detail: number = ff.getDetail('max-cart-items', 20).value;
export const variant: string | undefined = ff.getVariant('checkout-flow');
export const all: number | undefined = ff.allFlags()['max-cart-items'];

// @ts-expect-error an unknown key
ff.isEnabled('new-dashbaord');
// @ts-expect-error a number flag is not a boolean flag
ff.isEnabled('max-cart-items');
// @ts-expect-error an unknown key
ff.getValue('no-such-flag', 1);
// @ts-expect-error a default of the wrong type
ff.getValue('max-cart-items', 'ten');
// @ts-expect-error a variation the flag does not have
ff.getValue('checkout-flow', 'three-page');
// @ts-expect-error the value is a number, not a string
export const wrong: string = ff.getValue('max-cart-items', 20);

export function Dashboard(userId: string) {
  const showNewUI: boolean = useFeatureFlag('new-dashboard', userId);
  const items: number = useFlag('max-cart-items', 100);
  const newUi: boolean = useFlag('new-dashboard');
  const v: string | undefined = useVariant('checkout-flow');
  const { flags, isLoading } = useFlags();
  const flowValue: 'one-page' | 'multi-step' | undefined = flags['checkout-flow'];
  // @ts-expect-error the persona's hook takes boolean flags only
  useFeatureFlag('checkout-flow', userId);
  // @ts-expect-error a misspelt key in a hook
  useFeatureFlag('new-dashbord', userId);
  // @ts-expect-error a default of the wrong type in a hook
  useFlag('max-cart-items', 'fifty');
  // @ts-expect-error an unknown key in a hook
  useVariant('no-such-flag');
  return [showNewUI, items, newUi, v, flowValue, isLoading];
}
