// A response body produced while it is sent (an export of every audit entry, of a million segment keys).
import { Readable } from 'node:stream';

/**
 * Runs `chunks` to its first chunk before the response starts, so a failure there (an unknown segment,
 * a bad filter) is still a problem+json with its status; the rest streams as it is produced.
 */
export async function startStream(chunks: AsyncGenerator<string>): Promise<Readable> {
  const first = await chunks.next();
  return Readable.from(
    (async function* () {
      if (first.done) return;
      yield first.value;
      yield* chunks;
    })(),
  );
}
