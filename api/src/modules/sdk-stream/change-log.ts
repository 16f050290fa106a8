// The recent changes of one environment, so a stream that reconnects with Last-Event-ID gets the
// patches it missed instead of a whole new `put`. Only changes are kept (version, kind, key), never
// payloads: a resumed stream is sent the CURRENT value of each changed flag or segment, which is what it
// would have ended up with anyway, and a megabyte segment is not held a thousand times.
//
// Versions of an environment rise by exactly one per committed change, and the bus delivers them in
// commit order, so the log can tell whether it holds EVERY change since a version: a gap (a missed
// notification, a log that started later) means it cannot, and the stream gets a fresh `put`.
import type { Change } from '../../stream/changes.ts';

export class ChangeLog {
  readonly #capacity: number;
  #entries: Change[] = [];
  /** Every change with a version >= floor is in #entries (until evicted, which raises floor). */
  #floor: number;
  #latest: number;

  /** `version`: the environment's version when the log starts; it holds what comes after. */
  constructor(version: number, capacity: number) {
    this.#capacity = Math.max(1, capacity);
    this.#floor = version + 1;
    this.#latest = version;
  }

  get latest(): number {
    return this.#latest;
  }

  add(change: Change): void {
    if (change.version < this.#latest) return;
    if (change.version > this.#latest + 1) {
      // A gap: what happened in between is unknown. Start over from here.
      this.#entries = [];
      this.#floor = change.version;
    }
    this.#latest = change.version;
    this.#entries.push(change);
    if (this.#entries.length > this.#capacity) {
      // Evict a whole version at a time: half a version's changes would resume wrongly.
      const drop = this.#entries[this.#entries.length - this.#capacity - 1]!.version;
      let i = 0;
      while (i < this.#entries.length && this.#entries[i]!.version <= drop) i++;
      this.#entries = this.#entries.slice(i);
      this.#floor = drop + 1;
    }
  }

  /** Forget everything: changes may have been missed (the bus reconnected); `version` is current. */
  reset(version: number): void {
    this.#entries = [];
    this.#floor = version + 1;
    this.#latest = Math.max(this.#latest, version);
  }

  /**
   * Every change after `version`, oldest first; [] when `version` is the latest; undefined when the log
   * no longer (or never did) hold all of them, or `version` is from the future.
   */
  since(version: number): Change[] | undefined {
    if (version > this.#latest) return undefined;
    if (version === this.#latest) return [];
    if (version + 1 < this.#floor) return undefined;
    let i = this.#entries.length;
    while (i > 0 && this.#entries[i - 1]!.version > version) i--;
    return this.#entries.slice(i);
  }
}
