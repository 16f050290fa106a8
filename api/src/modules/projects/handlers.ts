import type { AppDeps } from '../../app.ts';
import type { Handlers } from '../../http/operation-router.ts';
import { respond } from '../../http/operation-router.ts';
import { createProjectService } from './service.ts';
import { projectUrl } from './view.ts';

export function projectHandlers(
  deps: AppDeps,
): Pick<Handlers, 'listProjects' | 'createProject' | 'getProject' | 'updateProject' | 'deleteProject'> {
  const service = createProjectService(deps.db);
  return {
    async listProjects({ ctx, principal }) {
      respond(ctx, 200, { items: await service.list(principal.organizationId) });
    },

    async createProject({ ctx, body, actor }) {
      const project = await service.create(actor, body);
      respond(ctx, 201, project, { etag: project.version, location: projectUrl(project.key) });
    },

    async getProject({ ctx, scope }) {
      const project = await service.get(scope.project);
      respond(ctx, 200, project, { etag: project.version });
    },

    async updateProject({ ctx, scope, body, actor, ifMatch }) {
      const project = await service.update(actor, scope.project, ifMatch, body);
      respond(ctx, 200, project, { etag: project.version });
    },

    async deleteProject({ ctx, scope, actor, ifMatch }) {
      await service.remove(actor, scope.project, ifMatch);
      respond(ctx, 204, null);
    },
  };
}
