/** Records delivered in a sliding window, for the "current rate" of the status. */
export class RateMeter {
  private readonly marks: { at: number; count: number }[] = [];

  constructor(private readonly windowMs: number) {}

  add(at: number, count: number): void {
    this.marks.push({ at, count });
    this.prune(at);
  }

  /** Records per minute over the window ending now. */
  perMinute(now: number): number {
    this.prune(now);
    const total = this.marks.reduce((sum, m) => sum + m.count, 0);
    return Math.round((total * 60_000) / this.windowMs);
  }

  private prune(now: number): void {
    while (this.marks.length > 0 && (this.marks[0]?.at ?? now) <= now - this.windowMs) this.marks.shift();
  }
}
