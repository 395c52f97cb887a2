// Browser-safe (no imports): the arithmetic of refund fee schedules. Money in integer fen.

/** A ticket refunded at least `hoursBefore` hours before its session starts gets `refundPercent` of what was paid back. */
export interface RefundStep {
  hoursBefore: number;
  refundPercent: number;
}

export const HOUR_MS = 3_600_000;
export const MAX_REFUND_STEPS = 10;

/** Earliest step first (most hours before the start). */
export const sortSteps = (steps: readonly RefundStep[]): RefundStep[] => [...steps].sort((a, b) => b.hoursBefore - a.hoursBefore);

/**
 * The step in force `msBefore` milliseconds before the start (negative once started): the one with the most hours
 * that still lies ahead. None applies after the last step: a schedule always ends in "no refund".
 */
export function stepAt(steps: readonly RefundStep[], msBefore: number): RefundStep | null {
  return sortSteps(steps).find((step) => msBefore >= step.hoursBefore * HOUR_MS) ?? null;
}

/** The refund percent at that moment: 100 without a schedule, 0 after its last step. */
export function refundPercentAt(steps: readonly RefundStep[], msBefore: number): number {
  if (steps.length === 0) return 100;
  return stepAt(steps, msBefore)?.refundPercent ?? 0;
}

/**
 * The fee kept from `amountFen` when `refundPercent` is refunded, rounded down to the fen: rounding favours the buyer.
 * 180.01 yuan at 80%: the fee is 36.00 (not 36.002 rounded up), the buyer gets 144.01.
 */
export function feeFor(amountFen: number, refundPercent: number): number {
  return Math.floor((amountFen * (100 - refundPercent)) / 100);
}

/**
 * Spreads a fee a manager set for a whole refund over its tickets, in proportion to each ticket's scheduled fee
 * (largest remainder, ties to the earlier ticket), so no ticket is charged more than its schedule says.
 * `totalFen` must not exceed the sum of `scheduled`.
 */
export function allocateFee(totalFen: number, scheduled: readonly number[]): number[] {
  const sum = scheduled.reduce((a, b) => a + b, 0);
  if (sum === 0 || totalFen === 0) return scheduled.map(() => 0);
  const shares = scheduled.map((fee, index) => ({ index, floor: Math.floor((totalFen * fee) / sum), rest: (totalFen * fee) % sum }));
  let left = totalFen - shares.reduce((a, s) => a + s.floor, 0);
  const result = shares.map((s) => s.floor);
  for (const share of [...shares].sort((a, b) => b.rest - a.rest || a.index - b.index)) {
    if (left === 0) break;
    result[share.index] = (result[share.index] ?? 0) + 1;
    left--;
  }
  return result;
}

/** What is wrong with a schedule: repeated hours, or a refund that grows as the show approaches. */
export function scheduleIssues(steps: readonly RefundStep[]): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const hours = steps.map((s) => s.hoursBefore);
  hours.forEach((h, i) => {
    if (hours.indexOf(h) !== i) issues.push({ path: `steps.${i}.hoursBefore`, message: 'two steps start at the same time' });
  });
  const sorted = sortSteps(steps);
  for (let i = 1; i < sorted.length; i++) {
    const earlier = sorted[i - 1];
    const later = sorted[i];
    if (earlier && later && later.refundPercent > earlier.refundPercent) {
      issues.push({ path: `steps.${steps.indexOf(later)}.refundPercent`, message: 'the closer to the show, the smaller the refund: it cannot grow' });
    }
  }
  return issues;
}

/**
 * The first moment (hours before the start) at which `next` refunds less than `current`, or null when `next`
 * is as good for buyers everywhere. Both are step functions changing only at their hours, so those suffice.
 */
export function worseForBuyers(current: readonly RefundStep[], next: readonly RefundStep[]): { hoursBefore: number; currentPercent: number; newPercent: number } | null {
  const points = [...new Set([...current, ...next].map((s) => s.hoursBefore))].sort((a, b) => b - a);
  for (const hours of [...points, -1]) {
    const ms = hours < 0 ? -1 : hours * HOUR_MS;
    const was = refundPercentAt(current, ms);
    const now = refundPercentAt(next, ms);
    if (now < was) return { hoursBefore: Math.max(hours, 0), currentPercent: was, newPercent: now };
  }
  return null;
}
