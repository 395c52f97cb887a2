// The refund fee schedule as the manager types it: strings per step, judged on every keystroke with the domain's own
// cross-step rules (scheduleIssues: no two steps at one hour, the refund never grows as the show approaches).
import { scheduleIssues } from '../../../../electron/server/contract/schemas';
import type { RefundStep } from '../../../../electron/server/contract';

export interface StepDraft {
  hours: string;
  percent: string;
}

export type StepProblem = 'hours' | 'percent' | 'sameHours' | 'grows';

export interface ScheduleCheck {
  /** The steps to send, or null while anything is wrong. */
  steps: RefundStep[] | null;
  /** Per draft row: what is wrong with its hours and its percent. */
  problems: { hours?: StepProblem; percent?: StepProblem }[];
}

const whole = (text: string, max: number): number | null => {
  const trimmed = text.trim();
  if (!/^\d{1,5}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= max ? value : null;
};

export const toDrafts = (steps: readonly RefundStep[]): StepDraft[] => steps.map((s) => ({ hours: String(s.hoursBefore), percent: String(s.refundPercent) }));

export function checkSchedule(drafts: readonly StepDraft[]): ScheduleCheck {
  const problems: ScheduleCheck['problems'] = drafts.map(() => ({}));
  const parsed = drafts.map((d, i) => {
    const hoursBefore = whole(d.hours, 8784);
    const refundPercent = whole(d.percent, 100);
    const row = problems[i] ?? {};
    if (hoursBefore === null) row.hours = 'hours';
    if (refundPercent === null) row.percent = 'percent';
    return hoursBefore === null || refundPercent === null ? null : { hoursBefore, refundPercent };
  });
  const steps = parsed.filter((s): s is RefundStep => s !== null);
  if (steps.length !== drafts.length) return { steps: null, problems };
  for (const issue of scheduleIssues(steps)) {
    const [, index, field] = issue.path.split('.');
    const row = problems[Number(index)];
    if (!row) continue;
    if (field === 'hoursBefore') row.hours ??= 'sameHours';
    else row.percent ??= 'grows';
  }
  const clean = problems.every((p) => p.hours === undefined && p.percent === undefined);
  return { steps: clean ? steps : null, problems };
}
