import { useTranslation } from 'react-i18next';
import type { OrderOffersView } from '../../../../electron/server/contract';
import { formatYuan } from '../../format';

/** An order's offers in one line: list total, group, promo code (returned or not), the manual discount with its reason and manager. */
export function OrderOffersLine({ offers }: { offers: OrderOffersView | null }) {
  const { t } = useTranslation();
  if (!offers) return null;
  const parts = [t('pricing.orderList', { fen: formatYuan(offers.listTotalFen) })];
  if (offers.groupPercentOff !== null) parts.push(t('pricing.orderGroup', { percent: offers.groupPercentOff }));
  if (offers.promoCode !== null) parts.push(t(offers.promoReturned ? 'pricing.orderPromoReturned' : 'pricing.orderPromo', { code: offers.promoCode }));
  if (offers.manualDiscountFen > 0) parts.push(t('pricing.orderManual', { fen: formatYuan(offers.manualDiscountFen), reason: offers.manualReason ?? '', manager: offers.manualApprovedBy ?? '' }));
  return (
    <p className="muted" data-testid="order-offers">
      {t('pricing.orderOffers')}
      {parts.join(' · ')}
    </p>
  );
}
