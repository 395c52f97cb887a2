/**
 * Some keyboard-wedge scanners send a code twice (a double trigger, or a retransmit). The same code
 * again within the window is the same scan, not a second person: it must not be judged twice.
 */
export class ScanDeduper {
  private lastCode = '';
  private lastEnd = -Infinity;

  /**
   * `extendOnRepeat`: for a camera, which reads the same ticket eight times a second while it is held up, a
   * repeat keeps the window open; the code is judged again only after it has been out of sight for `windowMs`.
   */
  constructor(
    private readonly windowMs = 1000,
    private readonly extendOnRepeat = false,
  ) {}

  /**
   * True when this scan should be judged; false for a repeat inside the window. The window runs from the end of
   * the judged send (its Enter) to the start of this one (its first key), so neither how long a scanner takes
   * to type nor how late a busy page handles the keys stretches it. A camera's read has one time for both.
   */
  accept(code: string, startedAt: number, endedAt = startedAt): boolean {
    const repeat = code === this.lastCode && startedAt - this.lastEnd < this.windowMs;
    this.lastCode = code;
    // A scanner's repeat does not extend the window: a third send 1.5 s after the first is a real new scan.
    if (!repeat || this.extendOnRepeat) this.lastEnd = endedAt;
    return !repeat;
  }
}
