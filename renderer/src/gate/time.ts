// Gate times in China Standard Time, whatever the device's zone (the tickets and the venue use it).
import { CHINA_TIME_ZONE } from '../../../electron/china-time';
import { needsDate } from './verdict/verdict-look';


/** 19:02, or 12-03 19:02 when not within half a day of `now`. */
export function gateTime(at: number, language: string, now: number): string {
  const withDate = needsDate(at, now);
  return new Intl.DateTimeFormat(language, {
    timeZone: CHINA_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    ...(withDate && { month: '2-digit', day: '2-digit' }),
  }).format(at);
}

/** 19:02:13: when a verdict was given, so a stale one is not taken for the person in front. */
export function scanClock(at: number, language: string): string {
  return new Intl.DateTimeFormat(language, { timeZone: CHINA_TIME_ZONE, hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(at);
}
