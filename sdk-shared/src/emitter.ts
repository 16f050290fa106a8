// A typed emitter that never lets a listener's exception (or the absence of an `error` listener, which
// makes Node's EventEmitter throw) reach the SDK's own code paths: a bad listener must not stop updates.

/** Listeners by event name; emitting calls each in order, isolating their failures. */
export class SafeEmitter<Events extends object> {
  private readonly _listeners = new Map<keyof Events, Set<(payload: never) => void>>();

  /** Adds a listener; returns a function that removes it. */
  on<E extends keyof Events>(event: E, listener: (payload: Events[E]) => void): () => void {
    let set = this._listeners.get(event);
    if (set === undefined) this._listeners.set(event, (set = new Set()));
    set.add(listener as (payload: never) => void);
    return () => this.off(event, listener);
  }

  /** Removes a listener. */
  off<E extends keyof Events>(event: E, listener: (payload: Events[E]) => void): void {
    this._listeners.get(event)?.delete(listener as (payload: never) => void);
  }

  /** Calls every listener of `event`; a throwing listener is reported to the console and skipped. */
  emit<E extends keyof Events>(event: E, payload: Events[E]): void {
    const set = this._listeners.get(event);
    if (set === undefined) return;
    for (const listener of [...set]) {
      try {
        (listener as (payload: Events[E]) => void)(payload);
      } catch (e) {
        console.error(`ff SDK: a "${String(event)}" listener threw`, e);
      }
    }
  }

  /** Drops every listener. */
  clear(): void {
    this._listeners.clear();
  }
}
