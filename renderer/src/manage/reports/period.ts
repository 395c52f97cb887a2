const DAY = 86_400_000;
import { chinaDate, chinaDayStart } from '../../../../electron/china-time';

export function shiftDays(value: string, days: number): string {
  const start = chinaDayStart(value) ?? 0;
  return chinaDate(start + days * DAY);
}

/** The report period [from 00:00 of the first day, to 00:00 after the last day). */
export function periodOf(first: string, last: string): { from: number; to: number } | null {
  const from = chinaDayStart(first);
  const lastStart = chinaDayStart(last);
  return from === null || lastStart === null ? null : { from, to: lastStart + DAY };
}
