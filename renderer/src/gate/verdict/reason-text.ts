import type { TFunction } from 'i18next';
import type { GateResult } from '../../../../electron/server/contract';
import type { Attempt } from '../../stores/gate-scan-slice';
import { gateTime } from '../time';
import { exitReason } from '../exit/exit-text';
import { concessionRefusal } from './concession-text';

/** The reason of a verdict in the gate's language, from the facts the core sent (its English message is for logs). */
export function reasonText(t: TFunction, result: GateResult, attempt: Attempt, language: string, at: number): string | null {
  const time = (instant: number) => gateTime(instant, language, at);
  const { ticket, window, firstEntry, sameIdEntry } = result;
  switch (result.verdict) {
    case 'valid':
    case 'reentry':
    case 'id_required':
      return null;
    case 'already_used':
      return firstEntry ? t('gate.reason.already_used', { time: time(firstEntry.at), gate: firstEntry.gateName }) : null;
    case 'wrong_session':
      return ticket ? t('gate.reason.wrong_session', { performance: ticket.performanceName, session: ticket.sessionName, time: time(ticket.startsAt) }) : null;
    case 'not_open':
      return window ? t('gate.reason.not_open', { time: time(window.opensAt) }) : null;
    case 'closed':
      return window ? t('gate.reason.closed', { time: time(window.closesAt) }) : null;
    case 'same_id_warning':
    case 'same_id_used':
      return sameIdEntry ? t('gateSameId.entered', { time: time(sameIdEntry.at), gate: sameIdEntry.gateName }) : null;
    case 'unknown':
      return attempt.kind === 'byId' ? t('gate.reason.byIdUnknown') : t('gate.reason.unknown');
    case 'still_inside':
    case 'exit':
    case 'exit_final':
    case 'not_inside':
      return exitReason(t, { ...result, verdict: result.verdict }, language, at);
    case 'concession_age':
      return concessionRefusal(t, ticket?.concession ?? null, result.concessionAge);
    case 'void':
    case 'cancelled':
    case 'refunded':
    case 'id_mismatch':
    case 'holder_unbound':
      return t(`gate.reason.${result.verdict}`);
  }
}
