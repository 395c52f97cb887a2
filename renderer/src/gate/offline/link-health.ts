// Pure: whether the core is reachable, from the last few requests' results and times. One failure on venue Wi-Fi
// is common and says little; two in a row, or answers that keep taking seconds, mean the gate must judge alone.

/** An answer slower than this counts as a bad one: the next person is already at the gate. */
export const SLOW_MS = 2500;
const WINDOW = 3;

export interface RequestResult {
  ok: boolean;
  ms: number;
}

export class LinkHealth {
  private readonly recent: RequestResult[] = [];
  online: boolean | null = null;

  /** Records one request; returns whether the link's state changed. */
  record(result: RequestResult): boolean {
    this.recent.push(result);
    if (this.recent.length > WINDOW) this.recent.shift();
    const good = (r: RequestResult) => r.ok && r.ms < SLOW_MS;
    const lastTwo = this.recent.slice(-2);
    let next = this.online;
    if (this.online !== true && good(result)) next = true;
    else if (this.online !== false && !result.ok && (this.online === null || (lastTwo.length === 2 && lastTwo.every((r) => !r.ok)))) next = false;
    else if (this.online === true && this.recent.length === WINDOW && this.recent.every((r) => !good(r))) next = false;
    const changed = next !== this.online;
    this.online = next;
    return changed;
  }
}
