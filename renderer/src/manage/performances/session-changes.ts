import type { TFunction } from 'i18next';
import type { InputOf, SessionView } from '../../../../electron/server/contract';

export interface SessionChange {
  field: string;
  from: string;
  to: string;
}

/** A session is live once its tickets are on sale or sold: a change then reaches buyers, so it is confirmed in words. */
export function isLive(session: SessionView, now: number): boolean {
  if (!session.ticketsGenerated || session.status === 'cancelled') return false;
  const sold = session.tiers.some((tier) => tier.sold > 0);
  return sold || (now >= session.salesOpenAt && now < session.salesCloseAt);
}

/** What an edit changes, field by field, as words for the confirmation (labels of the session form). */
export function sessionChanges(
  session: SessionView,
  input: InputOf<'catalog.updateSession'>,
  words: { hallName: (id: string) => string; time: (ms: number) => string; t: TFunction },
): SessionChange[] {
  const { hallName, time, t } = words;
  const changes: SessionChange[] = [];
  type Label = 'sessions.hall' | 'sessions.name' | 'sessions.startsAt' | 'sessions.endsAt' | 'sessions.salesOpenAt' | 'sessions.salesCloseAt';
  const add = (label: Label, from: string, to: string) => {
    if (from !== to) changes.push({ field: t(label), from, to });
  };
  if (input.hallId !== undefined) add('sessions.hall', hallName(session.hallId), hallName(input.hallId));
  if (input.name !== undefined) add('sessions.name', session.name, input.name.trim());
  if (input.startsAt !== undefined) add('sessions.startsAt', time(session.startsAt), time(input.startsAt));
  if (input.endsAt !== undefined) add('sessions.endsAt', time(session.endsAt), time(input.endsAt));
  if (input.salesOpenAt !== undefined) add('sessions.salesOpenAt', time(session.salesOpenAt), time(input.salesOpenAt));
  if (input.salesCloseAt !== undefined) add('sessions.salesCloseAt', time(session.salesCloseAt), time(input.salesCloseAt));
  return changes;
}
