// The CLI's building blocks, for the commands of other packages (and tests): the base command with the
// global flags and configuration precedence, the config store, the error mapping and the table helpers.
export { BaseCommand } from './base-command.ts';
export type { BaseFlags, Settings, Source } from './base-command.ts';
export { ConfigStore, configDir, writeLocalProfile, profileKeys } from './config.ts';
export type { ConfigFile, Profile, ProfileKey } from './config.ts';
export { CliFailure, describeError, exitCodes, usage } from './errors.ts';
export { findRepoConfig } from './repo-config.ts';
export type { RepoConfig } from './repo-config.ts';
export { confirm, details, progressBar, startSpinner, table } from './terminal.ts';
