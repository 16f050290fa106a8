// npm run generate: all generated code, written where it is committed. From openapi.yaml:
//   api/src/generated/openapi.ts          types (openapi-typescript)
//   api/src/generated/operations.ts       the operation table the router mounts
//   api/src/generated/*validators.js/.d.ts request validators (ajv standalone code)
//   client/src/generated/                 the management client (@hey-api/openapi-ts: axios + zod)
// From terraform-provider-ff's schema (`terraform providers schema -json`, cdktf-provider/scripts/
// generate-bindings.ts):
//   cdktf-provider/src/generated/         the CDKTF bindings, for cdktf and for cdktn
//   cdktf-provider/docs/resources.md      the resource reference
// `--out DIR` writes the same tree under DIR instead (generate:check compares the two); `--spec FILE`
// reads another document (to try a change to the contract without touching openapi.yaml).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadDocument, specPath } from '../api/src/spec/document.ts';
import {
  docsFile,
  generateFiles as bindingFiles,
  readSchema,
} from '../cdktf-provider/scripts/generate-bindings.ts';
import { clientFiles } from './codegen/client.ts';
import { formatGenerated } from './codegen/format.ts';
import { operationRows, operationsModule, refusalRules, SpecError } from './codegen/operations.ts';
import { typesModule } from './codegen/types.ts';
import { validatorFiles } from './codegen/validators.ts';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const provider = 'cdktf-provider';
/** The directories generate owns outright: each is emptied and rewritten on every run. */
export const generatedDirs = ['api/src/generated', 'client/src/generated', `${provider}/src/generated`];
/** Generated files that live among hand-written ones (a document); rewritten on every run. */
export const generatedFiles = [`${provider}/${docsFile}`];

/** Generates every file into `outRoot` (the repository root by default) from `spec`. */
export async function generate(outRoot: string = repoRoot, spec: string = specPath): Promise<string[]> {
  const doc = loadDocument(spec);
  const rows = operationRows(doc); // first: a spec without operationId/x-ff-permission stops here

  const files = new Map<string, string>();
  files.set('api/src/generated/openapi.ts', await typesModule(spec));
  files.set('api/src/generated/operations.ts', operationsModule(rows, refusalRules(doc)));
  for (const [name, code] of Object.entries(validatorFiles(doc)))
    files.set(`api/src/generated/${name}`, code);

  const staging = mkdtempSync(join(tmpdir(), 'ff-client-'));
  try {
    for (const [name, code] of await clientFiles(spec, staging)) {
      files.set(`client/src/generated/${name}`, code);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }

  // The provider's schema comes from running it under terraform: read before anything is removed, so a
  // failure leaves the committed files as they were. These come formatted.
  const bindings = await bindingFiles(readSchema());

  const formatted = await Promise.all(
    [...files].map(
      async ([path, code]) => [path, await formatGenerated(code, join(repoRoot, path))] as const,
    ),
  );
  for (const [path, code] of bindings) formatted.push([`${provider}/${path}`, code]);
  for (const dir of generatedDirs) rmSync(join(outRoot, dir), { recursive: true, force: true });
  for (const [path, code] of formatted) {
    mkdirSync(dirname(join(outRoot, path)), { recursive: true });
    writeFileSync(join(outRoot, path), code);
  }
  return formatted.map(([path]) => path);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, spec: { type: 'string' }, quiet: { type: 'boolean' } },
  });
  const started = performance.now();
  try {
    const out = values.out === undefined ? repoRoot : resolve(values.out);
    const written = await generate(out, values.spec === undefined ? specPath : resolve(values.spec));
    if (!values.quiet) {
      const ms = Math.round(performance.now() - started);
      console.log(
        `generate: ${written.length} files from openapi.yaml and the provider's schema in ${ms} ms`,
      );
    }
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    console.error(`generate: ${values.spec ?? 'openapi.yaml'}: ${error.message}`);
    process.exit(1);
  }
}
