// Pure: the buyer's mobile number for e-tickets, in words, as the core checks it (eticket/phone.ts).
import type { TFunction } from 'i18next';
import { mainlandMobile } from '../../../electron/server/contract/eticket';

export function mobileProblem(t: TFunction, phone: string): string | null {
  if (phone.trim() === '') return t('eticket.sale.mobileNeeded');
  return mainlandMobile(phone) === null ? t('eticket.sale.mobileInvalid') : null;
}
