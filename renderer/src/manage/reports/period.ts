const DAY = 86_400_000;
const CHINA_OFFSET = 8 * 3_600_000;

/** A `date` input value ("2026-11-28") as the UTC ms of that day's 00:00 in China. */
export function chinaDayStart(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) - CHINA_OFFSET;
}

/** Today's date in China as a `date` input value. */
export function chinaToday(now: number): string {
  return new Date(now + CHINA_OFFSET).toISOString().slice(0, 10);
}

export function shiftDays(value: string, days: number): string {
  const start = chinaDayStart(value) ?? 0;
  return new Date(start + CHINA_OFFSET + days * DAY).toISOString().slice(0, 10);
}

/** The report period [from 00:00 of the first day, to 00:00 after the last day). */
export function periodOf(first: string, last: string): { from: number; to: number } | null {
  const from = chinaDayStart(first);
  const lastStart = chinaDayStart(last);
  return from === null || lastStart === null ? null : { from, to: lastStart + DAY };
}
