import type { InputOf } from '../../../../electron/server/contract';
import { looksLikeTicketCode } from '../../../../electron/server/contract/schemas';

export type FindBy = InputOf<'orders.find'>['by'];
export type FindChoice = FindBy | 'auto';

/**
 * What to ask the core for a typed or scanned value. "auto" reads the value's shape: a 16-character
 * code is a ticket code (a scanner types it), 11 digits an order number (yyMMdd + sequence), 6 characters
 * or 4 ending in X the end of an ID number; 4 digits may be a phone's or an ID's end, so both are asked.
 */
export function findQueries(choice: FindChoice, raw: string): { by: FindBy; value: string }[] {
  const value = raw.trim();
  if (choice !== 'auto') return [{ by: choice, value }];
  const compact = value.replace(/[\s-]/g, '').toUpperCase();
  if (looksLikeTicketCode(compact)) return [{ by: 'ticketCode', value: compact }];
  if (/^\d{11}$/.test(compact)) return [{ by: 'orderNumber', value: compact }];
  if (/^\d{16}$/.test(compact)) return [{ by: 'ticketCode', value: compact }];
  if (/^\d{5}[\dX]$/.test(compact) || /^\d{3}X$/.test(compact)) return [{ by: 'idLast', value: compact }];
  if (/^\d{4}$/.test(compact)) return [{ by: 'phoneLast', value: compact }, { by: 'idLast', value: compact }];
  return [{ by: 'ticketCode', value: compact }];
}
