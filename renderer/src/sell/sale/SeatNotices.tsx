import { useTranslation } from 'react-i18next';
import { useSellSeatsStore } from '../../stores/sell-seats-store';
import { MAX_TICKETS_PER_SALE } from '../../../../electron/server/contract/schemas';
import { sellErrorText } from '../sell-error-text';
import { Notice } from '../ui/Notice';

/** What just happened to the clerk's seats: refused, lost to another window, lapsed, or found. */
export function SeatNotices() {
  const { t, i18n } = useTranslation();
  const notice = useSellSeatsStore((state) => state.notice);
  const dismiss = useSellSeatsStore((state) => state.dismissNotice);
  if (!notice) return null;
  const close = { onDismiss: dismiss, dismissLabel: t('sell.close') };
  switch (notice.kind) {
    case 'error':
      return (
        <Notice kind="error" {...close}>
          {sellErrorText(t, notice.error, i18n.language)}
        </Notice>
      );
    case 'lost':
      return (
        <Notice kind="warn" {...close}>
          {t('sell.sale.holdLost', { seats: notice.seats.join('、') })}
        </Notice>
      );
    case 'expired':
      return (
        <Notice kind="warn" {...close}>
          {t('sell.sale.holdExpired')}
        </Notice>
      );
    case 'unavailable':
      return (
        <Notice kind="info" {...close}>
          {t('sell.sale.seatUnavailable', { seat: notice.seat, state: t(`seatMap.states.${notice.state}`) })}
        </Notice>
      );
    case 'reservedManagerOnly':
      return (
        <Notice kind="warn" {...close}>
          {t('sell.sale.reservedManagerOnly', { seat: notice.seat })}
        </Notice>
      );
    case 'reservedForHold':
      return (
        <Notice kind="warn" {...close}>
          {t('namedHolds.window.notYours', { seat: notice.seat, hold: notice.hold })}
        </Notice>
      );
    case 'found':
      return (
        <Notice kind="ok" {...close}>
          {t('sell.sale.bestFound', { seats: notice.seats.join('、') })}
        </Notice>
      );
    case 'max':
      return (
        <Notice kind="warn" {...close}>
          {t('sell.sale.maxSeats', { max: MAX_TICKETS_PER_SALE })}
        </Notice>
      );
  }
}
