import type { SessionListItem } from '../../../../electron/server/contract';
import { CHINA_TIME_ZONE, startOfChinaDay } from '../../../../electron/china-time';

const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** How far ahead the picker looks: today and the next 30 days. */
export const PICKER_DAYS = 31;

/** Today's sessions first, then the upcoming ones, each by start time; optionally filtered by words. */
export function groupSessions(sessions: readonly SessionListItem[], now: number, filter: string): { today: SessionListItem[]; upcoming: SessionListItem[] } {
  const words = filter.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (s: SessionListItem) => {
    const text = `${s.performanceName} ${s.name} ${s.hallName} ${s.venueName}`.toLowerCase();
    return words.every((word) => text.includes(word));
  };
  const tomorrow = startOfChinaDay(now) + DAY;
  const sorted = sessions.filter(matches).sort((a, b) => a.startsAt - b.startsAt);
  return { today: sorted.filter((s) => s.startsAt < tomorrow), upcoming: sorted.filter((s) => s.startsAt >= tomorrow) };
}

/** Places still for sale over all tiers. */
export const availableOf = (session: SessionListItem) => session.tiers.reduce((sum, tier) => sum + tier.available, 0);

/** "6月18日 周三" / "Wed, June 18": the day of a session as a clerk says it. */
export function formatDay(ms: number, language: string): string {
  return new Intl.DateTimeFormat(language, { timeZone: CHINA_TIME_ZONE, month: 'long', day: 'numeric', weekday: 'short' }).format(ms);
}
