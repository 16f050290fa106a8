// The go-plugin side of a Terraform provider: refuse to run without the magic cookie, listen on a unix
// socket (with mutual TLS when Terraform asks for it), serve the provider next to go-plugin's health,
// controller, stdio and broker services, and print the one handshake line. stdout carries nothing else:
// console output is sent to stderr, which Terraform records in its log.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { protoDir } from './proto-files.ts';
import { providerService } from './provider.ts';
import type { ProviderDefinition } from './provider.ts';

/** Terraform's handshake cookie: the same for every provider, so a provider run by hand says what it is. */
export const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
export const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
const CORE_PROTOCOL_VERSION = 1;
const PROTOCOL_VERSION = 6;

function load(dir: string, file: string): grpc.GrpcObject {
  const definition = protoLoader.loadSync(join(dir, file), {
    keepCase: true,
    longs: Number,
    enums: Number,
    defaults: false,
    oneofs: true,
  });
  return grpc.loadPackageDefinition(definition);
}

type ServiceClient = grpc.ServiceClientConstructor;

export interface Served {
  /** The handshake line printed on stdout. */
  handshake: string;
  stop(): Promise<void>;
}

/**
 * Starts the plugin server. Returns once it listens; the process ends when Terraform calls
 * GRPCController.Shutdown (or closes the connection and kills it).
 */
export async function serve(def: ProviderDefinition, env: NodeJS.ProcessEnv = process.env): Promise<Served> {
  const versions = (env.PLUGIN_PROTOCOL_VERSIONS ?? String(PROTOCOL_VERSION)).split(',').map((v) => v.trim());
  if (!versions.includes(String(PROTOCOL_VERSION)))
    throw new Error(
      `terraform-provider-ff speaks plugin protocol ${PROTOCOL_VERSION}; Terraform offered ${versions.join(',')}`,
    );

  const dir = mkdtempSync(join(tmpdir(), 'plugin'));
  const protos = protoDir(dir);
  const tfplugin6 = load(protos, 'tfplugin6.proto').tfplugin6 as grpc.GrpcObject;
  const goPlugin = load(protos, 'go-plugin.proto').plugin as grpc.GrpcObject;
  const health = ((load(protos, 'health.proto').grpc as grpc.GrpcObject).health as grpc.GrpcObject)
    .v1 as grpc.GrpcObject;

  const server = new grpc.Server({
    'grpc.max_receive_message_length': 256 * 1024 * 1024,
    'grpc.max_send_message_length': 256 * 1024 * 1024,
  });
  const stdioStreams = new Set<grpc.ServerWritableStream<unknown, unknown>>();
  let stopping: Promise<void> | undefined;
  const socket = join(dir, 'ff.sock');

  const stop = (): Promise<void> => {
    stopping ??= new Promise<void>((resolve) => {
      for (const s of stdioStreams) s.end();
      server.tryShutdown(() => {
        rmSync(dir, { recursive: true, force: true });
        resolve();
      });
      // Open streams (broker, stdio) must not keep a finished plugin alive.
      setTimeout(() => server.forceShutdown(), 500).unref();
    });
    return stopping;
  };

  server.addService((tfplugin6.Provider as ServiceClient).service, providerService(def));
  server.addService((health.Health as ServiceClient).service, {
    Check: (_call: unknown, cb: grpc.sendUnaryData<unknown>) => cb(null, { status: 1 }),
    Watch: (call: grpc.ServerWritableStream<unknown, unknown>) => call.write({ status: 1 }),
  });
  server.addService((goPlugin.GRPCController as ServiceClient).service, {
    Shutdown: (_call: unknown, cb: grpc.sendUnaryData<unknown>) => {
      cb(null, {});
      setImmediate(() => void stop().then(() => process.exit(0)));
    },
  });
  server.addService((goPlugin.GRPCStdio as ServiceClient).service, {
    // Our own output goes to the real stderr, so this stream only stays open until shutdown.
    StreamStdio: (call: grpc.ServerWritableStream<unknown, unknown>) => {
      stdioStreams.add(call);
      call.on('cancelled', () => stdioStreams.delete(call));
    },
  });
  server.addService((goPlugin.GRPCBroker as ServiceClient).service, {
    // Providers broker no extra connections; keep the stream the client opens until it closes it.
    StartStream: (call: grpc.ServerDuplexStream<unknown, unknown>) => {
      call.on('data', () => undefined);
      call.on('end', () => call.end());
    },
  });

  let credentials = grpc.ServerCredentials.createInsecure();
  let cert = '';
  const clientCert = env.PLUGIN_CLIENT_CERT;
  if (clientCert) {
    // Loaded only when needed: x509 is the slowest import, and plain runs (tests) do not need it.
    const { generateServerCertificate } = await import('./cert.ts');
    const own = await generateServerCertificate();
    credentials = grpc.ServerCredentials.createSsl(
      Buffer.from(clientCert),
      [{ private_key: Buffer.from(own.keyPem), cert_chain: Buffer.from(own.certPem) }],
      true,
    );
    cert = own.handshake;
  }
  await new Promise<void>((resolve, reject) =>
    server.bindAsync(`unix://${socket}`, credentials, (err) => (err ? reject(err) : resolve())),
  );
  const handshake = `${CORE_PROTOCOL_VERSION}|${PROTOCOL_VERSION}|unix|${socket}|grpc|${cert}`;
  return { handshake, stop };
}
