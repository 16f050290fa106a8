// Reconnect delays. Thousands of SDK processes lose their streams at the same moment when an API
// replica restarts; jitter spreads their reconnects so the survivors are not stampeded.

/** Options for {@link Backoff}. */
export interface BackoffOptions {
  /** The first delay, in ms. */
  readonly initial: number;
  /** The ceiling, in ms. */
  readonly max: number;
  /** A source of randomness in [0, 1) (tests pass a fixed one). */
  readonly random?: () => number;
}

/**
 * Exponential backoff with "equal jitter": attempt n waits a random time in [d/2, d) where
 * d = min(max, initial × 2ⁿ). Half the delay is guaranteed, so a failing server sees at most one request
 * per client per `initial/2 × 2ⁿ` ms; the other half is random, so clients do not move in lockstep.
 */
export class Backoff {
  private _attempt = 0;
  private readonly _opts: BackoffOptions;

  constructor(opts: BackoffOptions) {
    this._opts = opts;
  }

  /** How many delays have been handed out since the last reset. */
  get attempt(): number {
    return this._attempt;
  }

  /** The next delay, in ms; each call doubles the ceiling until `max`. */
  next(): number {
    const { initial, max } = this._opts;
    const random = this._opts.random ?? Math.random;
    const ceiling = Math.min(max, initial * 2 ** Math.min(this._attempt, 30));
    this._attempt++;
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
  }

  /** Back to the first delay (after a connection proved healthy). */
  reset(): void {
    this._attempt = 0;
  }
}
