// @ff/cdktf-provider: the provider definition (its schema is what docs and CDKTF bindings come from).
export { provider, VERSION } from './provider.ts';
export { serve, MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from './plugin/server.ts';
export type { ProviderDefinition } from './plugin/provider.ts';
// CDKTF bindings generated from that schema (scripts/generate-bindings.ts): FfProvider, Project, Flag, …,
// DataFfProject, …, and each module as a namespace (`flag.Flag`) like the prebuilt @cdktf/provider-* packages.
export * from './generated/bindings/index.ts';
