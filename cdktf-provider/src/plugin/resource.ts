// What a resource type and a data source implement; the provider (provider.ts) does the protocol part.
import type { FfClient } from '@ff/client';
import type { Diagnostic } from './diagnostics.ts';
import type { ObjectValue } from './dynamic.ts';
import type { BlockSchema } from './schema.ts';

export interface ProviderContext {
  api: FfClient;
}

/** The resource's server-side version, kept in Terraform's private state to send as `If-Match`. */
export interface Private {
  version?: number;
  [key: string]: unknown;
}

export interface Stored {
  state: ObjectValue;
  private: Private;
}

export interface ResourceType {
  schema: BlockSchema;
  /** Checks a configuration (which may hold unknowns) without calling the API. */
  validate?(config: ObjectValue): Diagnostic[];
  /** Adjusts a plan after defaults are applied; may read (never write) through the API to check references. */
  plan?(
    ctx: ProviderContext | undefined,
    planned: ObjectValue,
    prior: ObjectValue | null,
  ): Promise<Diagnostic[]>;
  create(ctx: ProviderContext, planned: ObjectValue): Promise<Stored>;
  /** The current state, or null when the resource no longer exists (Terraform then plans to create it). */
  read(ctx: ProviderContext, state: ObjectValue, priv: Private): Promise<Stored | null>;
  update(ctx: ProviderContext, prior: ObjectValue, planned: ObjectValue, priv: Private): Promise<Stored>;
  delete(ctx: ProviderContext, prior: ObjectValue, priv: Private): Promise<void>;
  /** The state for an import ID (documented per resource); errors name the expected format. */
  import(ctx: ProviderContext, id: string): Promise<Stored>;
}

export interface DataSourceType {
  schema: BlockSchema;
  read(ctx: ProviderContext, config: ObjectValue): Promise<ObjectValue>;
}
