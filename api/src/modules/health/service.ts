import type { HealthStore } from './store.ts';

export type Readiness = { ready: true } | { ready: false; reason: string };

export interface HealthService {
  readiness(): Promise<Readiness>;
}

// A readiness probe must answer quickly even when the database hangs: a load balancer's probe timeout
// is usually a few seconds, and a hung probe is worse than a clear "not ready".
const probeTimeoutMs = 2000;

export function createHealthService(store: HealthStore): HealthService {
  return {
    async readiness() {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<Readiness>((resolve) => {
        timer = setTimeout(
          () => resolve({ ready: false, reason: 'database did not answer in time' }),
          probeTimeoutMs,
        );
      });
      const check = (async (): Promise<Readiness> => {
        try {
          await store.ping();
        } catch {
          return { ready: false, reason: 'database unreachable' };
        }
        const pending = await store.pendingMigrations().catch(() => null);
        if (pending === null) return { ready: false, reason: 'cannot read migration state' };
        if (pending.length > 0) return { ready: false, reason: `migrations pending: ${pending.join(', ')}` };
        return { ready: true };
      })();
      try {
        return await Promise.race([check, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
