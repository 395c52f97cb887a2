/**
 * How many requests may be in flight (AIMD, as TCP does): +1 per window of successes (1/limit per success),
 * halved on congestion but at most once per cooldown, so one burst of failures from requests sent together
 * counts once.
 */
export class AdaptiveLimit {
  private value: number;
  private lastDecrease = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly bounds: { initial: number; min: number; max: number },
    private readonly cooldownMs: number,
    private readonly now: () => number,
  ) {
    this.value = Math.min(bounds.max, Math.max(bounds.min, bounds.initial));
  }

  /** Requests allowed in flight now. */
  get limit(): number {
    return Math.floor(this.value);
  }

  /** The configured ceiling (the benchmark divides by it). */
  get max(): number {
    return this.bounds.max;
  }

  success(): void {
    this.value = Math.min(this.bounds.max, this.value + 1 / this.value);
  }

  congestion(): void {
    const now = this.now();
    if (now - this.lastDecrease < this.cooldownMs) return;
    this.lastDecrease = now;
    this.value = Math.max(this.bounds.min, this.value / 2);
  }
}
