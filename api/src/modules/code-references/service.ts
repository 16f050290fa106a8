// Code references: the rules around the store. A push replaces a repository's references in one
// transaction with one audit entry (its totals, not its locations: the log stays small); reads join the
// stored keys with the project's flags to say which are archived or gone.
import type { Db } from '../../db/knex.ts';
import { mutate } from '../../db/unit-of-work.ts';
import { NotFoundError, ValidationError } from '../../http/errors.ts';
import type { Actor } from '../../http/principal.ts';
import type { ProjectRow } from '../projects/store.ts';
import type { components } from '../../generated/openapi.ts';
import { iso } from '../flags/views.ts';
import {
  flagStates,
  referencesByFlag,
  replaceReferences,
  repositoryRow,
  repositorySummaries,
} from './store.ts';
import type { CodeLocation, RepositorySummaryRow } from './store.ts';

type Push = components['schemas']['CodeReferencesPush'];
type Repository = components['schemas']['CodeReferenceRepository'];
type CodeReferences = components['schemas']['CodeReferences'];

export function codeReferencesResource(project: string, repository: string): string {
  return `projects/${project}/code-references/${repository}`;
}

function repositoryView(row: RepositorySummaryRow, states: Map<string, boolean>): Repository {
  const keys = row.keys ?? [];
  return {
    repository: row.name,
    branch: row.branch,
    commit: row.commit,
    pushedAt: iso(row.pushed_at),
    flags: Number(row.flags),
    references: Number(row.references),
    archivedFlags: keys.filter((k) => states.get(k) === true),
    unknownFlags: keys.filter((k) => !states.has(k)),
  };
}

const locationsOf = (value: CodeLocation[] | string): CodeLocation[] =>
  typeof value === 'string' ? (JSON.parse(value) as CodeLocation[]) : value;

export function createCodeReferencesService(db: Db, now: () => Date = () => new Date()) {
  async function summary(projectId: string, name: string): Promise<Repository> {
    const [row] = await repositorySummaries(db, projectId, name);
    if (!row) throw new NotFoundError(`No code references for repository "${name}".`);
    return repositoryView(row, await flagStates(db, projectId, row.keys ?? []));
  }

  return {
    async put(actor: Actor, project: ProjectRow, repository: string, body: Push): Promise<Repository> {
      const keys = body.flags.map((f) => f.key);
      const duplicate = keys.find((k, i) => keys.indexOf(k) !== i);
      if (duplicate !== undefined)
        throw new ValidationError([{ path: '/flags', message: `flag "${duplicate}" is listed twice` }]);
      return mutate(db, actor, async (uow) => {
        const before = await repositoryRow(uow.trx, project.id, repository, true);
        const row = await replaceReferences(uow.trx, project.id, repository, {
          branch: body.branch,
          commit: body.commit,
          pushedAt: now(),
          flags: body.flags,
        });
        const [summaryRow] = await repositorySummaries(uow.trx, project.id, repository);
        const view = repositoryView(summaryRow!, await flagStates(uow.trx, project.id, keys));
        await uow.audit({
          action: 'code_references.push',
          resourceType: 'code_references',
          resource: codeReferencesResource(project.key, row.name),
          before: before
            ? { branch: before.branch, commit: before.commit, pushedAt: iso(before.pushed_at) }
            : null,
          after: { branch: view.branch, commit: view.commit, flags: view.flags, references: view.references },
        });
        return view;
      });
    },

    async remove(actor: Actor, project: ProjectRow, repository: string): Promise<void> {
      await mutate(db, actor, async (uow) => {
        const row = await repositoryRow(uow.trx, project.id, repository, true);
        if (!row) throw new NotFoundError(`No code references for repository "${repository}".`);
        await uow.trx('code_reference_repositories').where({ id: row.id }).delete();
        await uow.audit({
          action: 'code_references.delete',
          resourceType: 'code_references',
          resource: codeReferencesResource(project.key, repository),
          before: { branch: row.branch, commit: row.commit, pushedAt: iso(row.pushed_at) },
          after: null,
        });
      });
    },

    summary,

    async list(project: ProjectRow, flag?: string): Promise<CodeReferences> {
      const repos = await repositorySummaries(db, project.id);
      const rows = await referencesByFlag(db, project.id, flag);
      const states = await flagStates(db, project.id, [
        ...new Set([...repos.flatMap((r) => r.keys ?? []), ...rows.map((r) => r.flag_key)]),
      ]);
      const flags = new Map<string, CodeReferences['flags'][number]>();
      for (const r of rows) {
        let entry = flags.get(r.flag_key);
        if (!entry) {
          entry = {
            key: r.flag_key,
            exists: states.has(r.flag_key),
            archived: states.get(r.flag_key) === true,
            references: 0,
            repositories: 0,
            locations: [],
          };
          flags.set(r.flag_key, entry);
        }
        entry.references += Number(r.references);
        entry.repositories += 1;
        for (const l of locationsOf(r.locations)) {
          if (entry.locations.length >= 100) break;
          entry.locations.push({ repository: r.repository, ...l });
        }
      }
      return { repositories: repos.map((r) => repositoryView(r, states)), flags: [...flags.values()] };
    },
  };
}
