import type { TFunction } from 'i18next';
import { ApiClientError } from '../api/client';
import { formatDateTimeShort, formatYuan } from '../format';

const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const yuan = (value: unknown): string => formatYuan(num(value) ?? 0);

/**
 * A refusal of the large-performance rules or of refund fees as a sentence naming the rule and, from the
 * details, what already holds the ID, the cap and the count, the deadline. Null for any other refusal.
 */
export function largeErrorText(t: TFunction, error: unknown, language: string): string | null {
  if (!(error instanceof ApiClientError)) return null;
  const d = error.details ?? {};
  switch (error.code) {
    case 'ONE_TICKET_PER_ID': {
      const heldBy = d.heldBy && typeof d.heldBy === 'object' ? (d.heldBy as Record<string, unknown>) : null;
      if (heldBy) return t('large.errors.ONE_TICKET_PER_ID_held', { idNumber: text(d.idNumber), orderNumber: text(heldBy.orderNumber), seatText: text(heldBy.seatText) });
      return t('large.errors.ONE_TICKET_PER_ID_twin', { idNumber: text(d.idNumber) });
    }
    case 'HELD_SHARE_EXCEEDED': {
      const before = num(d.heldBefore);
      const after = num(d.heldAfter) ?? 0;
      const params = { cap: num(d.cap) ?? 0, approvedAudience: num(d.approvedAudience) ?? 0, heldBefore: before ?? 0, heldAfter: after, adding: after - (before ?? 0) };
      return before === null ? t('large.errors.HELD_SHARE_EXCEEDED_now', params) : t('large.errors.HELD_SHARE_EXCEEDED', params);
    }
    case 'APPROVED_AUDIENCE_REQUIRED':
      return t('large.errors.APPROVED_AUDIENCE_REQUIRED');
    case 'HELD_DEADLINE_PASSED': {
      const deadline = num(d.deadline);
      return t('large.errors.HELD_DEADLINE_PASSED', { deadline: deadline === null ? '' : formatDateTimeShort(deadline, language) });
    }
    case 'NOT_HELD_TICKET':
      return t('large.errors.NOT_HELD_TICKET');
    case 'LARGE_MODE_RULE':
      return t('large.errors.LARGE_MODE_RULE');
    case 'LARGE_MODE_CONFLICT':
      return d.reason === 'real_name_mode'
        ? t('large.errors.LARGE_MODE_CONFLICT_real_name_mode', { orders: num(d.orders) ?? 0 })
        : t('large.errors.LARGE_MODE_CONFLICT_one_ticket_per_id');
    case 'REFUND_SCHEDULE_LOCKED':
      return t('large.errors.REFUND_SCHEDULE_LOCKED', { hoursBefore: num(d.hoursBefore) ?? 0, newPercent: num(d.newPercent) ?? 0, currentPercent: num(d.currentPercent) ?? 0 });
    case 'FEE_CHANGED':
      return t('large.errors.FEE_CHANGED', { feeFen: yuan(d.feeFen), refundPercent: num(d.refundPercent) ?? 0 });
    case 'FEE_OVERRIDE_TOO_HIGH':
      return t('large.errors.FEE_OVERRIDE_TOO_HIGH', { maxFeeFen: yuan(d.maxFeeFen) });
    default:
      return null;
  }
}
