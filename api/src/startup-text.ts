import type { LocalProfileResult } from '../../cli/src/config.ts';
import type { SeedResult } from './seed/seed.ts';

// What `npm start` prints for humans, on stdout and outside the JSON log: once with the secrets and
// next steps on the first start, then one short line on every later start.

export interface StartupInfo {
  url: string;
  dataLocation: string;
  embedded: boolean;
  seed: SeedResult;
}

export function startupText({ url, dataLocation, embedded, seed }: StartupInfo): string {
  const where = embedded ? `${dataLocation} (embedded PostgreSQL)` : dataLocation;
  if (!seed.seeded) {
    return `ff listening on ${url} · data: ${where} · demo seeded earlier; secrets were shown on first run\n`;
  }
  const secrets: [string, string][] = [
    [`API token (${seed.ownerEmail}, owner)`, seed.apiToken],
    [`Server SDK key (${seed.projectKey} / development)`, seed.serverSdkKey],
    [`Client SDK key (${seed.projectKey} / development)`, seed.clientSdkKey],
  ];
  const width = Math.max(...secrets.map(([label]) => label.length)) + 3;
  const lines = [
    `ff is running at ${url}`,
    '',
    'First start: a demo organization was created. These secrets are shown ONCE and stored only as',
    'SHA-256 hashes. Copy them now:',
    '',
    ...secrets.map(([label, secret]) => `  ${label.padEnd(width)}${secret}`),
    '',
    'Next:',
    `  export FF_TOKEN=${seed.apiToken}`,
    `  curl -H "Authorization: Bearer $FF_TOKEN" ${url}/api/v1/projects/demo/flags`,
    `  curl ${url}/readyz`,
    '',
    `Data: ${where}.`,
    embedded
      ? '  Delete that directory (with ff stopped) to start over. To use your own PostgreSQL instead,\n' +
        '  set DATABASE_URL=postgres://user:password@host:5432/dbname.'
      : '  Migrations ran on this database; every replica pointed at it shares the data.',
    '',
  ];
  return lines.join('\n') + '\n';
}

/**
 * The line about the CLI's `local` profile after a first start: saved, or (another server's profile is
 * there) left alone, with the commands that add this server under another name.
 */
export function profileText(
  result: LocalProfileResult,
  { url, token }: { url: string; token: string },
): string {
  if (result.saved) return `CLI: profile "local" saved in ${result.dir}; try \`npx ff flags list\`\n`;
  const { existing, suggestion } = result;
  const other = [existing.apiUrl ?? 'no server', existing.database].filter(Boolean).join(', ');
  return [
    `CLI: profile "local" in ${result.dir} is for another server (${other}); left as it is.`,
    '  To add this one as a profile of its own:',
    `  npx ff login --profile ${suggestion} --api-url ${url} --token ${token} -p demo`,
    `  npx ff flags list --profile ${suggestion}`,
    '',
  ].join('\n');
}
