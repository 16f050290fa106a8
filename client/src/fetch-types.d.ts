// hey-api's axios client shares its server-sent-events helper with the fetch client, which names the
// DOM's `BodyInit`. Our tsconfig has no DOM lib; Node's own fetch types (from @types/node) describe
// the same thing.
declare global {
  type BodyInit = NonNullable<RequestInit['body']>;
}

export {};
