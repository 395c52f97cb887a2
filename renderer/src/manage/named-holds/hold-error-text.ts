import type { TFunction } from 'i18next';
import { ApiClientError } from '../../api/client';
import { sellErrorText } from '../../sell/sell-error-text';

/** A refusal of a named-hold action in the reader's words: the hold's own rules, then the seat refusals the window knows. */
export function holdErrorText(t: TFunction, error: unknown, language: string): string {
  if (error instanceof ApiClientError) {
    const hold = typeof error.details?.hold === 'string' ? error.details.hold : '';
    if (error.code === 'RULE_REFUSED' && error.details?.rule === 'hold_release_passed') return t('namedHolds.errors.hold_release_passed', { hold });
    if (error.code === 'NOT_FOUND' && hold) return t('namedHolds.errors.notInHold', { hold });
    if (error.code === 'SEAT_UNAVAILABLE' && hold) return t('namedHolds.window.notYours', { seat: '', hold }).trimStart();
  }
  return sellErrorText(t, error, language);
}
