// What `ff codegen` generates for a project: the FlagTypes augmentation.
declare module '@ff/sdk-node' {
  interface FlagTypes {
    'new-checkout': boolean;
    'max-cart-items': number;
    'checkout-flow': 'one-page' | 'multi-step';
    'banner-config': { text: string; color: string };
  }
}
export {};
