// Compiled by ../typed-keys.test.ts with `tsc` alone: with FlagTypes empty, every key is a string and the
// default's type is the value's.
import { createClient } from '@ff/sdk-browser';
import { useFeatureFlag, useFlag, useFlags } from '@ff/sdk-browser/react';

const ff = createClient({ clientKey: 'ff_cli_x', baseUrl: 'https://flags.example.com' });

export const on: boolean = ff.isEnabled('any-flag');
export const max: number = ff.getValue('any-number', 10);
export const text: string = ff.getValue('any-text', 'a');
export const json: unknown = ff.allFlags()['anything'];
// @ts-expect-error the default's type is the value's
export const wrong: string = ff.getValue('any-number', 10);

export function Dashboard(userId: string) {
  const showNewUI: boolean = useFeatureFlag('new-dashboard', userId);
  const ui: boolean = useFlag('checkout.new_ui');
  const items: number = useFlag('max-cart-items', 50);
  const { flags, isLoading } = useFlags();
  return [showNewUI, ui, items, flags, isLoading];
}
