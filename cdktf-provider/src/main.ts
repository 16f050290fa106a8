// terraform-provider-ff's entry point (bin/terraform-provider-ff runs it with the repo's Node 24).
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE, serve } from './plugin/server.ts';
import { provider } from './provider.ts';

// stdout belongs to the handshake: anything a library logs goes to stderr (Terraform's log).
const toStderr = (...args: unknown[]) => process.stderr.write(args.map(String).join(' ') + '\n');
console.log = toStderr;
console.info = toStderr;
console.debug = toStderr;

if (process.env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
  process.stderr.write(
    'This binary is a plugin for Terraform (ff/ff). Terraform starts it; it is not run directly (see "Install" in its README).\n',
  );
  process.exit(1);
}

// Terraform sends interrupts to the whole process group; it stops us through StopProvider and Shutdown.
process.on('SIGINT', () => undefined);

try {
  const { handshake } = await serve(provider);
  process.stdout.write(handshake + '\n');
} catch (thrown) {
  process.stderr.write(
    `terraform-provider-ff: ${thrown instanceof Error ? thrown.message : String(thrown)}\n`,
  );
  process.exit(1);
}
