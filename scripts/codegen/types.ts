// TypeScript types of the whole contract (paths, components, operations) via openapi-typescript;
// the API types handler inputs from `operations[Id]`.
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

export async function typesModule(specPath: string): Promise<string> {
  const ast = await openapiTS(pathToFileURL(specPath), { silent: true });
  return astToString(ast);
}
