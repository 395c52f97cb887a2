import type { TFunction } from 'i18next';
import { ApiClientError } from '../api/client';
import { errorText } from '../i18n/error-text';
import { zhCN } from '../i18n/zh-CN';
import { formatDateTime, formatYuan } from '../format';
import { largeErrorText } from '../large/large-error-text';
import { pricingErrorText } from './pricing/pricing-error-text';

type SellErrorKey = keyof typeof zhCN.sell.errors;
const isSellErrorKey = (code: string): code is SellErrorKey => Object.hasOwn(zhCN.sell.errors, code);
type IdProblemKey = keyof typeof zhCN.sell.persons.idProblems;
const isIdProblem = (problem: unknown): problem is IdProblemKey => typeof problem === 'string' && Object.hasOwn(zhCN.sell.persons.idProblems, problem);

/** The details of a refusal as words: fen as yuan, instants as China time. */
function readableDetails(details: Record<string, unknown>, language: string): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    if (typeof value === 'number' && key.endsWith('Fen')) params[key] = formatYuan(value);
    else if (typeof value === 'number' && (key.endsWith('At') || key === 'heldUntil')) params[key] = formatDateTime(value, language);
    else params[key] = value;
  }
  return params;
}

/**
 * A refusal of the box-office domain as a sentence for the clerk, by its stable code and details (the
 * window's own sentences, in `sell.errors`); anything else goes to the app's general errorText.
 */
export function sellErrorText(t: TFunction, error: unknown, language: string): string {
  if (!(error instanceof ApiClientError)) return errorText(t, error);
  const large = largeErrorText(t, error, language);
  if (large !== null) return large;
  const pricing = pricingErrorText(t, error, language);
  if (pricing !== null) return pricing;
  const details = error.details ?? {};
  const params = { ...readableDetails(details, language), message: error.message };
  switch (error.code) {
    case 'PURCHASE_LIMIT':
      if (details.scope === 'session' && details.limit === 1) return t(details.alreadyHeld === 0 ? 'saleOneId.twiceInSale' : 'saleOneId.alreadyHolds', params);
      return t(details.scope === 'performance' ? 'sell.errors.PURCHASE_LIMIT_performance' : 'sell.errors.PURCHASE_LIMIT_session', params);
    case 'REAL_NAME_REQUIRED':
      return details.mode === 'per_ticket' ? t('sell.errors.REAL_NAME_REQUIRED_ticket', params) : t('sell.errors.REAL_NAME_REQUIRED_buyer', params);
    case 'INVALID_ID_NUMBER':
      if (!isIdProblem(details.problem)) return t('sell.errors.INVALID_ID_NUMBER', { message: error.message });
      return t('sell.errors.INVALID_ID_NUMBER', { message: details.problem === 'FORMAT' ? t('sell.persons.idFormat') : t(`sell.persons.idProblems.${details.problem}`, { hint: '' }) });
    case 'VALIDATION': {
      const issues = Array.isArray(details.issues) ? (details.issues as { path?: unknown; message?: unknown }[]) : [];
      const first = issues[0];
      if (first && typeof first.path === 'string' && typeof first.message === 'string') return t('sell.errors.VALIDATION_field', { path: first.path, message: first.message });
      return errorText(t, error);
    }
  }
  return isSellErrorKey(error.code) ? t(`sell.errors.${error.code}`, params) : errorText(t, error);
}

/** The orders already holding tickets of an ID that hit its purchase limit, or its one ticket of a large session (for links to them). */
export function limitOrders(error: unknown): string[] {
  if (!(error instanceof ApiClientError)) return [];
  if (error.code === 'ONE_TICKET_PER_ID') {
    const heldBy = error.details?.heldBy;
    const orderId = heldBy && typeof heldBy === 'object' ? (heldBy as Record<string, unknown>).orderId : undefined;
    return typeof orderId === 'string' ? [orderId] : [];
  }
  if (error.code !== 'PURCHASE_LIMIT') return [];
  const orders = error.details?.heldByOrders;
  return Array.isArray(orders) ? orders.filter((id): id is string => typeof id === 'string') : [];
}
