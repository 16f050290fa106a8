// A scan as the API's PUT …/code-references/{repository} body: every flag with its full count and at
// most 100 locations (the API's bound; the count stays exact).
import type { RefsReport } from './report.ts';

export const MAX_PUSHED_LOCATIONS = 100;

export function toPushBody(report: RefsReport) {
  return {
    branch: report.branch!,
    commit: report.commit!,
    flags: report.flags.map((f) => ({
      key: f.key,
      references: f.references,
      locations: f.locations
        .slice(0, MAX_PUSHED_LOCATIONS)
        .map((l) => ({ path: l.path, line: l.line, kind: l.kind })),
    })),
  };
}
