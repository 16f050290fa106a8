// How a project's settings read in the terminal (ff projects get|update).

/** A project's raw-event retention: its days, or the server's default (null). */
export const retentionText = (days: number | null): string =>
  days === null ? "the server's default" : `${days} day${days === 1 ? '' : 's'}`;
