// Compiled by types.test.ts with `tsc -p`: without a FlagTypes augmentation every key is a string and
// values take the type of the default.
import { createClient } from '@ff/sdk-node';
import type { FlagClient, Json } from '@ff/sdk-node';
import { FfProvider } from '@ff/sdk-node/openfeature';
import { createTestClient } from '@ff/sdk-node/testing';

const ff: FlagClient = createClient({ sdkKey: 'ff_srv_x', baseUrl: 'http://localhost:8080' });
const key: string = ['any', 'flag'].join('-');

export const on: boolean = ff.isEnabled(key, 'user-42');
export const n: number = ff.getValue('max-cart-items', 'u', 10);
export const s: string = ff.getValue('banner', { key: 'u', plan: 'pro' }, 'hello');
export const j: Json | null = ff.getValue('anything', 'u');
// @ts-expect-error a number default gives a number
export const wrong: string = ff.getValue('max-cart-items', 'u', 10);

createTestClient().setFlag(key, { any: ['json'] });
export const provider = new FfProvider(ff);
