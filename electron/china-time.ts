// Browser-safe (no imports): the core, the reporter and the window all read time in China Standard Time.
//
// The box office, its tickets and the platform keep China's wall clock (UTC+8, no daylight saving), whatever the
// zone of the PC or tablet. Shifting an instant by the offset and reading the Date's UTC fields gives that wall clock
// without touching the machine's zone.

export const CHINA_TIME_ZONE = 'Asia/Shanghai';
export const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** A Date whose UTC fields read China's wall clock at `ms`. */
export const chinaWallClock = (ms: number): Date => new Date(ms + CHINA_OFFSET_MS);

/** `yyyy-MM-dd HH:mm`, as tickets print it and sentences say it. */
export const chinaDateTime = (ms: number): string => chinaWallClock(ms).toISOString().slice(0, 16).replace('T', ' ');

/** `yyyy-MM-dd` (a `date` input's value). */
export const chinaDate = (ms: number): string => chinaWallClock(ms).toISOString().slice(0, 10);

/** `yyMMdd` (order numbers restart each day). */
export const chinaDateCode = (ms: number): string => chinaWallClock(ms).toISOString().slice(2, 10).replace(/-/g, '');

/** Midnight China time of the day holding `ms`. */
export const startOfChinaDay = (ms: number): number => Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS;

/** A `date` input value ("2026-11-28") as the instant of that day's 00:00 in China; null when it is not one. */
export function chinaDayStart(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) - CHINA_OFFSET_MS;
}

/** A `datetime-local` value ("2026-12-01T19:30") read as China time; null when empty or invalid. */
export function fromChinaLocalInput(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5])) - CHINA_OFFSET_MS;
}

/** An instant as a `datetime-local` value in China time. */
export const toChinaLocalInput = (ms: number): string => chinaWallClock(ms).toISOString().slice(0, 16);
