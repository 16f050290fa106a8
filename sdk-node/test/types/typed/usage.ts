// Compiled by types.test.ts with `tsc -p`: with FlagTypes augmented, keys and value types are checked.
// Every `@ts-expect-error` must meet an error, or tsc fails ("unused directive").
import './flags.ts';
import { createClient } from '@ff/sdk-node';
import { createTestClient } from '@ff/sdk-node/testing';

const ff = createClient({ offline: true, fallbacks: { 'new-checkout': false, 'max-cart-items': 5 } });

export const on: boolean = ff.isEnabled('new-checkout', 'user-42');
export const max: number = ff.getValue('max-cart-items', 'user-42', 10);
export const flow: 'one-page' | 'multi-step' = ff.getValue('checkout-flow', { key: 'u' }, 'one-page');
export const banner: { text: string; color: string } = ff.getValue('banner-config', 'u', {
  text: '',
  color: '',
});
export const detail: number = ff.evaluate('max-cart-items', 'u', 3).value;

// @ts-expect-error an unknown key
ff.isEnabled('no-such-flag', 'user-42');
// @ts-expect-error a number flag is not a boolean flag
ff.isEnabled('max-cart-items', 'user-42');
// @ts-expect-error an unknown key
ff.getValue('no-such-flag', 'u', 1);
// @ts-expect-error a default of the wrong type
ff.getValue('max-cart-items', 'u', 'ten');
// @ts-expect-error a variation the flag does not have
ff.getValue('checkout-flow', 'u', 'three-page');
// @ts-expect-error the value is a number, not a string
export const wrong: string = ff.getValue('max-cart-items', 'u', 10);
// @ts-expect-error a fallback of the wrong type
createClient({ offline: true, fallbacks: { 'new-checkout': 'yes' } });

const test = createTestClient({ flags: { 'new-checkout': true } });
test.setFlag('max-cart-items', 20);
// @ts-expect-error the test client checks the same types
test.setFlag('max-cart-items', 'twenty');
// @ts-expect-error and the same keys
test.setFlag('no-such-flag', true);
