// The tfplugin6 Provider service: decodes DynamicValues with each type's schema, runs the resource's
// code, and answers with diagnostics instead of failing the RPC. Nothing is kept between calls except
// the client ConfigureProvider builds for this process (Terraform starts one process per command).
import { createClient } from '@ff/client';
import { DiagnosticsError, error, protoDiagnostic, toDiagnostics } from './diagnostics.ts';
import type { Diagnostic } from './diagnostics.ts';
import { decodeJson, decodeMsgpack, encodeMsgpack, hasUnknown, Unknown } from './dynamic.ts';
import type { ObjectValue, Value } from './dynamic.ts';
import type { DataSourceType, Private, ProviderContext, ResourceType } from './resource.ts';
import {
  applyDefaults,
  equal,
  attributeType,
  objectType,
  protoSchema,
  replacedAttributes,
} from './schema.ts';
import type { BlockSchema } from './schema.ts';

export interface ProviderDefinition {
  schema: BlockSchema;
  resources: Readonly<Record<string, ResourceType>>;
  dataSources: Readonly<Record<string, DataSourceType>>;
  version: string;
}

type Callback = (err: Error | null, response?: unknown) => void;
type Handler = (request: Record<string, any>) => Promise<unknown>; // eslint-disable-line @typescript-eslint/no-explicit-any

function diagnostics(list: Diagnostic[]): unknown[] {
  return list.map(protoDiagnostic);
}

function encodePrivate(p: Private): Buffer {
  return Buffer.from(JSON.stringify(p));
}

function decodePrivate(bytes: Uint8Array | undefined): Private {
  if (!bytes || bytes.length === 0) return {};
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8')) as Private;
  } catch {
    return {};
  }
}

function asObject(value: Value): ObjectValue | null {
  return value !== null && value !== Unknown && typeof value === 'object' && !Array.isArray(value)
    ? value
    : null;
}

/** Fills an object with every attribute of the schema (absent ones null), for values read from JSON. */
function complete(schema: BlockSchema, value: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const name of Object.keys(schema.attributes)) out[name] = value[name] ?? null;
  return out;
}

const CONFIG_ENV = { api_url: 'FF_API_URL', token: 'FF_TOKEN' } as const;

/** Builds the handlers of the Provider service for grpc-js. */
export function providerService(
  def: ProviderDefinition,
): Record<string, (call: { request: unknown }, cb: Callback) => void> {
  let ctx: ProviderContext | undefined;

  const resource = (name: string): ResourceType => {
    const r = def.resources[name];
    if (!r) throw new DiagnosticsError([error(`Unknown resource type ${name}`)]);
    return r;
  };
  const dataSource = (name: string): DataSourceType => {
    const d = def.dataSources[name];
    if (!d) throw new DiagnosticsError([error(`Unknown data source ${name}`)]);
    return d;
  };
  const configured = (): ProviderContext => {
    if (!ctx) throw new DiagnosticsError([error('The ff provider is not configured')]);
    return ctx;
  };
  const type = (schema: BlockSchema) => objectType(schema.attributes);
  const dv = (schema: BlockSchema, value: Value) => ({
    msgpack: Buffer.from(encodeMsgpack(type(schema), value)),
  });

  const handlers: Record<string, Handler> = {
    async GetMetadata() {
      return {
        server_capabilities: { plan_destroy: false, get_provider_schema_optional: false },
        diagnostics: [],
        resources: Object.keys(def.resources).map((type_name) => ({ type_name })),
        data_sources: Object.keys(def.dataSources).map((type_name) => ({ type_name })),
      };
    },

    async GetProviderSchema() {
      const map = (entries: Record<string, { schema: BlockSchema }>) =>
        Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, protoSchema(v.schema)]));
      return {
        provider: protoSchema(def.schema),
        resource_schemas: map(def.resources),
        data_source_schemas: map(def.dataSources),
        diagnostics: [],
        server_capabilities: { plan_destroy: false, get_provider_schema_optional: false },
      };
    },

    async ValidateProviderConfig(req) {
      const config = asObject(decodeMsgpack(req.config?.msgpack)) ?? {};
      const url = config.api_url;
      const list: Diagnostic[] = [];
      if (typeof url === 'string' && !/^https?:\/\/[^\s/]+/.test(url))
        list.push(error('api_url must be an http(s) URL', `Got "${url}".`, ['api_url']));
      return { diagnostics: diagnostics(list) };
    },

    async ConfigureProvider(req) {
      const config = asObject(decodeMsgpack(req.config?.msgpack)) ?? {};
      const pick = (name: keyof typeof CONFIG_ENV): string | undefined => {
        const v = config[name];
        if (v === Unknown) return undefined;
        return typeof v === 'string' && v !== '' ? v : process.env[CONFIG_ENV[name]] || undefined;
      };
      const baseUrl = pick('api_url');
      const token = pick('token');
      const list: Diagnostic[] = [];
      if (!baseUrl)
        list.push(error('Missing api_url', 'Set api_url in the provider block or FF_API_URL.', ['api_url']));
      if (!token)
        list.push(error('Missing token', 'Set token in the provider block or FF_TOKEN.', ['token']));
      if (baseUrl && token)
        ctx = { api: createClient({ baseUrl, token, userAgent: `terraform-provider-ff/${def.version}` }) };
      return { diagnostics: diagnostics(list) };
    },

    async ValidateResourceConfig(req) {
      const r = resource(req.type_name);
      const config = asObject(decodeMsgpack(req.config?.msgpack)) ?? {};
      return { diagnostics: diagnostics(r.validate?.(config) ?? []) };
    },

    async ValidateDataResourceConfig(req) {
      dataSource(req.type_name);
      return { diagnostics: [] };
    },

    async UpgradeResourceState(req) {
      // Schema version 0 is the only one so far: the JSON state is re-encoded with the current schema.
      const r = resource(req.type_name);
      const raw = asObject(decodeJson(req.raw_state?.json)) ?? {};
      return { upgraded_state: dv(r.schema, complete(r.schema, raw)), diagnostics: [] };
    },

    async ReadResource(req) {
      const r = resource(req.type_name);
      const state = asObject(decodeMsgpack(req.current_state?.msgpack));
      if (!state) return { new_state: req.current_state, diagnostics: [], private: req.private };
      try {
        const read = await r.read(configured(), state, decodePrivate(req.private));
        if (!read) return { new_state: dv(r.schema, null), diagnostics: [], private: Buffer.alloc(0) };
        return { new_state: dv(r.schema, read.state), diagnostics: [], private: encodePrivate(read.private) };
      } catch (thrown) {
        return {
          new_state: req.current_state,
          diagnostics: diagnostics(toDiagnostics(thrown, `Reading ${req.type_name}`)),
        };
      }
    },

    async PlanResourceChange(req) {
      const r = resource(req.type_name);
      const prior = asObject(decodeMsgpack(req.prior_state?.msgpack));
      const config = asObject(decodeMsgpack(req.config?.msgpack));
      const proposed = asObject(decodeMsgpack(req.proposed_new_state?.msgpack));
      if (!proposed || !config) {
        return {
          planned_state: req.proposed_new_state,
          requires_replace: [],
          planned_private: req.prior_private,
          diagnostics: [],
        };
      }
      let planned = applyDefaults(r.schema.attributes, config, prior);
      const replace = prior ? replacedAttributes(r.schema.attributes, prior, planned) : [];
      // A replacement creates a new object: what the old one computed is unknown again.
      if (replace.length > 0) planned = applyDefaults(r.schema.attributes, config, null);
      else if (prior) {
        // Attributes that are stable (ids, secrets) keep their prior value whatever happens.
        for (const [name, a] of Object.entries(r.schema.attributes))
          if (a.stable && config[name] === null) planned[name] = prior[name] ?? null;
      }
      const list = [...(r.validate?.(config) ?? [])];
      if (list.length === 0 && r.plan) {
        try {
          list.push(...(await r.plan(ctx, planned, replace.length > 0 ? null : prior)));
        } catch (thrown) {
          list.push(...toDiagnostics(thrown, `Planning ${req.type_name}`));
        }
      }
      // Nothing to do when the plan equals the prior state attribute by attribute (sets in any order).
      if (prior && replace.length === 0) {
        const same = Object.entries(r.schema.attributes).every(([name, a]) =>
          equal(attributeType(a), prior[name], planned[name]),
        );
        if (same) planned = prior;
      }
      return {
        planned_state: dv(r.schema, planned),
        requires_replace: replace.map((name) => ({ steps: [{ attribute_name: name }] })),
        planned_private: req.prior_private,
        diagnostics: diagnostics(list),
      };
    },

    async ApplyResourceChange(req) {
      const r = resource(req.type_name);
      const prior = asObject(decodeMsgpack(req.prior_state?.msgpack));
      const planned = asObject(decodeMsgpack(req.planned_state?.msgpack));
      const priv = decodePrivate(req.planned_private);
      try {
        const api = configured();
        if (!planned) {
          if (prior) await r.delete(api, prior, priv);
          return { new_state: dv(r.schema, null), private: Buffer.alloc(0), diagnostics: [] };
        }
        const stored = prior ? await r.update(api, prior, planned, priv) : await r.create(api, planned);
        if (hasUnknown(stored.state)) throw new Error('the provider left a value unknown after apply');
        return {
          new_state: dv(r.schema, stored.state),
          private: encodePrivate(stored.private),
          diagnostics: [],
        };
      } catch (thrown) {
        const verb = !planned ? 'Deleting' : prior ? 'Updating' : 'Creating';
        // On failure the prior state stands (nothing was changed, or the API rolled back).
        return {
          new_state: req.prior_state ?? dv(r.schema, null),
          private: req.planned_private,
          diagnostics: diagnostics(toDiagnostics(thrown, `${verb} ${req.type_name}`)),
        };
      }
    },

    async ImportResourceState(req) {
      const r = resource(req.type_name);
      try {
        const stored = await r.import(configured(), req.id);
        return {
          imported_resources: [
            {
              type_name: req.type_name,
              state: dv(r.schema, stored.state),
              private: encodePrivate(stored.private),
            },
          ],
          diagnostics: [],
        };
      } catch (thrown) {
        return {
          imported_resources: [],
          diagnostics: diagnostics(toDiagnostics(thrown, `Importing ${req.type_name} "${req.id}"`)),
        };
      }
    },

    async ReadDataSource(req) {
      const d = dataSource(req.type_name);
      const config = asObject(decodeMsgpack(req.config?.msgpack)) ?? {};
      try {
        const state = await d.read(configured(), config);
        return { state: dv(d.schema, complete(d.schema, state)), diagnostics: [] };
      } catch (thrown) {
        return {
          state: req.config,
          diagnostics: diagnostics(toDiagnostics(thrown, `Reading data.${req.type_name}`)),
        };
      }
    },

    async StopProvider() {
      return { Error: '' };
    },
  };

  return Object.fromEntries(
    Object.entries(handlers).map(([name, handler]) => [
      name,
      (call: { request: unknown }, cb: Callback) => {
        handler(call.request as Record<string, unknown>).then(
          (response) => cb(null, response),
          (thrown: unknown) => cb(null, { diagnostics: diagnostics(toDiagnostics(thrown, name)) }),
        );
      },
    ]),
  );
}
