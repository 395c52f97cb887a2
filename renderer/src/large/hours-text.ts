import type { TFunction } from 'i18next';
import type { RefundStep } from '../../../electron/server/contract';

/** Hours before the start in words: whole days as days ("7 天"), anything else as hours. */
export function hoursText(t: TFunction, hours: number): string {
  return hours >= 24 && hours % 24 === 0 ? t('large.hours.days', { count: hours / 24 }) : t('large.hours.hours', { count: hours });
}

/** A time left (ms) as days, hours and minutes, coarse enough for a countdown read at a glance. */
export function durationText(t: TFunction, ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return `${t('large.hours.days', { count: days })} ${t('large.hours.hours', { count: hours })}`;
  const rest = t('large.hours.minutes', { count: minutes % 60 });
  return hours > 0 ? `${t('large.hours.hours', { count: hours })} ${rest}` : rest;
}

/** One step as the buyer reads it: "开演前 7 天以上退 100%". */
export function stepText(t: TFunction, step: RefundStep): string {
  return t('large.refund.stepWords', { hours: hoursText(t, step.hoursBefore), percent: step.refundPercent });
}

/** The whole schedule in words, earliest step first, ending with "no refund after that". */
export function scheduleText(t: TFunction, steps: readonly RefundStep[]): string {
  const sorted = [...steps].sort((a, b) => b.hoursBefore - a.hoursBefore);
  return [...sorted.map((step) => stepText(t, step)), t('large.refund.stepLast')].join(t('large.refund.stepSeparator'));
}
