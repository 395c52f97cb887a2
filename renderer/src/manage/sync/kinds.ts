import type { TFunction } from 'i18next';
import type { SyncKind } from '../../../../electron/server/contract';

/** The kinds in the order a record travels: the venue first, check-ins last. */
export const SYNC_KINDS: readonly SyncKind[] = ['venue.save', 'performance.code', 'performance.update', 'session.update', 'inventory', 'ticket', 'order', 'refund', 'checking'];

// i18next reads dots as nesting, so the kinds' names live under dot-free keys.
const KEYS = {
  'venue.save': 'venueSave',
  'performance.code': 'performanceCode',
  'performance.update': 'performanceUpdate',
  'session.update': 'sessionUpdate',
  inventory: 'inventory',
  ticket: 'ticket',
  order: 'order',
  refund: 'refund',
  checking: 'checking',
} as const satisfies Record<SyncKind, string>;

/** The kind's name in the reader's language. */
export const kindName = (t: TFunction, kind: SyncKind): string => t(`sync.kinds.${KEYS[kind]}`);

/** "3 分钟" / "3 min": an age in its largest sensible unit. */
export function ageText(t: TFunction, ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return t('sync.age.seconds', { count: seconds });
  if (seconds < 3600) return t('sync.age.minutes', { count: Math.floor(seconds / 60) });
  if (seconds < 86_400) return t('sync.age.hours', { count: Math.floor(seconds / 3600) });
  return t('sync.age.days', { count: Math.floor(seconds / 86_400) });
}
