import type { AppDeps } from '../../app.ts';
import type { Handlers } from '../../http/operation-router.ts';
import { respond } from '../../http/operation-router.ts';
import { createScheduleService } from './service.ts';

type ScheduleOps = 'createSchedule' | 'listSchedules' | 'getSchedule' | 'transitionSchedule';

export function scheduleHandlers(deps: AppDeps): Pick<Handlers, ScheduleOps> {
  const schedules = createScheduleService(deps.db);
  return {
    async createSchedule({ ctx, scope, params, actor, body }) {
      const created = await schedules.create(actor, scope.project, scope.environment, params.flag, body);
      respond(ctx, 201, created, {
        location: `/api/v1/projects/${scope.project.key}/schedules/${created.id}`,
      });
    },
    async listSchedules({ ctx, scope, query }) {
      const items = await schedules.list(scope.project, query);
      respond(ctx, 200, { items });
    },
    async getSchedule({ ctx, scope, params }) {
      respond(ctx, 200, await schedules.get(scope.project, params.schedule));
    },
    async transitionSchedule({ ctx, scope, params, principal, actor, body }) {
      const comment = (body as { comment?: string } | undefined)?.comment;
      respond(
        ctx,
        200,
        await schedules.transition(
          principal,
          actor,
          scope.project,
          params.schedule,
          params.transition,
          comment,
        ),
      );
    },
  };
}
