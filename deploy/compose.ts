// docker-compose.yml read as `docker compose` reads it, for deploy/compose-shape.http.test.ts: YAML merge
// keys (`<<: *api`), `${NAME:-default}` interpolation, environment and depends_on in their list and map
// forms, and the order services start in. Only what our compose file uses; the rest is refused.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface Service {
  name: string;
  image: string | undefined;
  /** The build context, when the service's image is built from a Dockerfile. */
  build: string | undefined;
  environment: Record<string, string>;
  /** Service → condition (`service_started`, `service_healthy`). */
  dependsOn: Record<string, string>;
  ports: string[];
  volumes: string[];
  stopGracePeriod: string | undefined;
}

export interface Compose {
  services: Record<string, Service>;
  volumes: string[];
}

/** `${NAME}`, `${NAME:-default}`, `${NAME-default}` and `$$` from `env` (compose's shell environment). */
export function interpolate(text: string, env: Record<string, string | undefined>): string {
  return text.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}/g, (all, name, op, fallback) => {
    if (all === '$$') return '$';
    const value = env[name as string];
    if (op === ':-') return value ? value : (fallback as string);
    if (op === '-') return value ?? (fallback as string);
    if (value === undefined) throw new Error(`compose: ${name} is not set and has no default`);
    return value;
  });
}

function asRecord(value: unknown, what: string): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error(`compose: ${what} is not a mapping`);
  return value as Record<string, unknown>;
}

function environmentOf(value: unknown, where: string): Record<string, string> {
  if (Array.isArray(value))
    return Object.fromEntries(
      value.map((item) => {
        const [k, ...v] = String(item).split('=');
        return [k!, v.join('=')];
      }),
    );
  return Object.fromEntries(
    Object.entries(asRecord(value, `${where}.environment`)).map(([k, v]) => [k, String(v)]),
  );
}

function dependsOnOf(value: unknown, where: string): Record<string, string> {
  if (Array.isArray(value)) return Object.fromEntries(value.map((name) => [String(name), 'service_started']));
  return Object.fromEntries(
    Object.entries(asRecord(value, `${where}.depends_on`)).map(([name, v]) => [
      name,
      String(asRecord(v, `${where}.depends_on.${name}`).condition ?? 'service_started'),
    ]),
  );
}

const understood = new Set([
  'image',
  'build',
  'restart',
  'environment',
  'depends_on',
  'ports',
  'volumes',
  'healthcheck',
  'stop_grace_period',
]);

export function loadCompose(path: string, env: Record<string, string | undefined> = {}): Compose {
  const doc = asRecord(parse(interpolate(readFileSync(path, 'utf8'), env), { merge: true }), 'the file');
  const services: Record<string, Service> = {};
  for (const [name, raw] of Object.entries(asRecord(doc.services, 'services'))) {
    const s = asRecord(raw, name);
    for (const key of Object.keys(s))
      if (!understood.has(key))
        throw new Error(`compose: ${name}.${key} is not understood by deploy/compose.ts`);
    const build = s.build;
    services[name] = {
      name,
      image: s.image === undefined ? undefined : String(s.image),
      build:
        build === undefined
          ? undefined
          : typeof build === 'string'
            ? build
            : String(asRecord(build, `${name}.build`).context ?? '.'),
      environment: environmentOf(s.environment, name),
      dependsOn: dependsOnOf(s.depends_on, name),
      ports: ((s.ports as unknown[] | undefined) ?? []).map(String),
      volumes: ((s.volumes as unknown[] | undefined) ?? []).map(String),
      stopGracePeriod: s.stop_grace_period === undefined ? undefined : String(s.stop_grace_period),
    };
  }
  return { services, volumes: Object.keys(asRecord(doc.volumes, 'volumes')) };
}

/** Services in an order `docker compose up` may start them: each after everything it depends on. */
export function startOrder(compose: Compose): Service[] {
  const order: Service[] = [];
  const visit = (name: string, path: string[]) => {
    const service = compose.services[name];
    if (!service) throw new Error(`compose: ${path.at(-1)} depends on ${name}, which is not a service`);
    if (order.includes(service)) return;
    if (path.includes(name)) throw new Error(`compose: dependency cycle ${[...path, name].join(' → ')}`);
    for (const dep of Object.keys(service.dependsOn)) visit(dep, [...path, name]);
    order.push(service);
  };
  for (const name of Object.keys(compose.services)) visit(name, []);
  return order;
}

/** A `host:container` port mapping (`'8080:80'`), as numbers. */
export function portMapping(spec: string): { host: number; container: number } {
  const m = /^(?:[\d.]+:)?(\d+):(\d+)$/.exec(spec);
  if (!m) throw new Error(`compose: port mapping ${spec} is not host:container`);
  return { host: Number(m[1]), container: Number(m[2]) };
}
