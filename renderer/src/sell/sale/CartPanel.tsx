import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionListItem } from '../../../../electron/server/contract';
import { useSellSeatsStore } from '../../stores/sell-seats-store';
import { useSellCartStore } from '../../stores/sell-cart-store';
import { useSellShiftStore } from '../../stores/sell-shift-store';
import { useRouteStore } from '../../stores/route-store';
import { formatYuan } from '../../format';
import { orderPath } from '../sell-route';
import { limitOrders, sellErrorText } from '../sell-error-text';
import { useShortcuts } from '../ui/use-shortcuts';
import { Notice } from '../ui/Notice';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { duplicateIds, emptyPerson, realNameModeOf, seatedLines, unseatedLines, type CartLine } from './cart-logic';
import { useSellPricingStore } from '../../stores/sell-pricing-store';
import { priceCart } from '../pricing/pricing-logic';
import { LinePrice } from '../pricing/LinePrice';
import { PriceTypeChoices } from '../pricing/PriceTypeChoices';
import { OffersFields } from '../pricing/OffersFields';
import { PersonFields } from './PersonFields';
import { TicketOptions } from './TicketOptions';
import { PaymentFields } from './PaymentFields';
import { HoldTimer } from './HoldTimer';
import { HeldShareLine } from '../large/HeldShareLine';

/** The sale being made: its tickets, the people a real-name sale needs, the payment, and the total, always in view. */
export function CartPanel({ session }: { session: SessionListItem }) {
  const { t, i18n } = useTranslation();
  const mine = useSellSeatsStore((state) => state.mine);
  const reserved = useSellSeatsStore((state) => state.reserved);
  const seats = useSellSeatsStore((state) => state.seats);
  const toggle = useSellSeatsStore((state) => state.toggle);
  const cancelSeats = useSellSeatsStore((state) => state.cancel);
  const quantities = useSellCartStore((state) => state.quantities);
  const holders = useSellCartStore((state) => state.holders);
  const buyer = useSellCartStore((state) => state.buyer);
  const ticketMode = useSellCartStore((state) => state.ticketMode);
  const ticketType = useSellCartStore((state) => state.ticketType);
  const attempted = useSellCartStore((state) => state.attempted);
  const submitting = useSellCartStore((state) => state.submitting);
  const error = useSellCartStore((state) => state.error);
  const setHolder = useSellCartStore((state) => state.setHolder);
  const setBuyer = useSellCartStore((state) => state.setBuyer);
  const sell = useSellCartStore((state) => state.sell);
  const next = useSellCartStore((state) => state.next);
  const shiftPhase = useSellShiftStore((state) => state.phase);
  const go = useRouteStore((state) => state.go);
  const panelRef = useRef<HTMLFormElement>(null);
  const peopleRef = useRef<HTMLInputElement>(null);
  const payRef = useRef<HTMLInputElement>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const pricingRules = useSellPricingStore((state) => state.rules);
  const pricingDraft = useSellPricingStore((state) => state.draft);
  const loadPricing = useSellPricingStore((state) => state.load);
  useEffect(() => {
    loadPricing(session.id).catch(() => undefined);
  }, [loadPricing, session.id]);

  const byId = useMemo(() => new Map(seats.map((seat) => [seat.ticketId, seat])), [seats]);
  const reservedSet = useMemo(() => new Set(reserved), [reserved]);
  const lines = session.hasSeat ? seatedLines(mine, (id) => byId.get(id), session.tiers, reservedSet) : unseatedLines(quantities, session.tiers);
  const realName = realNameModeOf(session.realNameMode);
  const priced = priceCart(lines, ticketType, pricingRules, pricingDraft);
  const total = priced.pricing.totalFen;
  const concessions = ticketType === 'regular' && pricingRules !== null && pricingRules.priceTypes.length > 0;
  const duplicates = realName === 'per_ticket' ? duplicateIds(lines, holders) : new Map<string, number>();
  const open = session.salesState === 'open';
  /** One ID per ticket: each ticket's line is its holder's form (seat, price, remove), so the cart lists each seat once. */
  const holdersPerTicket = session.hasSeat && realName === 'per_ticket';
  const removeLine = (line: CartLine) => {
    const seat = line.ticketId ? byId.get(line.ticketId) : undefined;
    if (seat) toggle(seat);
  };

  const submit = async () => {
    if (lines.length === 0 || !open) return;
    const order = await sell();
    // Nothing sent: the first field that says what is missing gets the cursor.
    if (!order) requestAnimationFrame(() => panelRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };
  const cancel = async () => {
    setConfirmCancel(false);
    await cancelSeats();
    next();
  };

  /** F7: the first holder still without a name or document (then the buyer), so a long sale is one keystroke from the next form. */
  const focusPeople = () => {
    const empty = [...(panelRef.current?.querySelectorAll<HTMLInputElement>('.people input:not([type="tel"])') ?? [])].find((input) => input.value.trim() === '');
    (empty ?? peopleRef.current)?.focus();
  };

  useShortcuts({
    F7: focusPeople,
    F8: () => (payRef.current ?? panelRef.current?.querySelector<HTMLInputElement>('input[name="sell-method"]:checked'))?.focus(),
    F9: () => void submit(),
    'Ctrl+Enter': () => void submit(),
    Escape: lines.length > 0 && (() => setConfirmCancel(true)),
  });

  const orders = limitOrders(error);
  /** Enter in a holder's document number goes on to the next holder's name (Enter elsewhere still sells). */
  const nextHolderOnEnter = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement) || !event.target.classList.contains('id-input')) return;
    const sets = [...event.currentTarget.querySelectorAll('fieldset.person')];
    const index = sets.findIndex((set) => set.contains(event.target as Node));
    const next = sets[index + 1]?.querySelector<HTMLInputElement>('input');
    if (!next) return;
    event.preventDefault();
    next.focus();
  };
  return (
    <form
      ref={panelRef}
      className="cart-panel"
      aria-labelledby="cart-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="cart-scroll">
        <div className="cart-head">
          <h3 id="cart-title">
            {t('sell.sale.cartTitle')} <span className="muted">· {t('sell.sale.ticketCount', { count: lines.length })}</span>
          </h3>
          {session.hasSeat ? <HoldTimer /> : null}
        </div>
        {lines.length === 0 ? <p className="muted">{session.hasSeat ? t('sell.sale.cartEmpty') : t('window.cartEmptyUnseated')}</p> : null}
        {!session.hasSeat ? (
          <ul className="cart-lines">
            {session.tiers
              .filter((tier) => (quantities[tier.id] ?? 0) > 0)
              .map((tier) => {
                const quantity = quantities[tier.id] ?? 0;
                const price = ticketType === 'regular' ? tier.priceFen : 0;
                const paid = lines.filter((line) => line.tierId === tier.id).reduce((sum, line) => sum + (priced.byKey.get(line.key)?.amountFen ?? 0), 0);
                return (
                  <li key={tier.id} className="cart-line unseated">
                    <span className="cart-line-seat">{tier.name}</span>
                    <span className="cart-line-tier">
                      {formatYuan(price)} × {quantity}
                    </span>
                    <LinePrice listFen={price * quantity} paidFen={paid} />
                  </li>
                );
              })}
          </ul>
        ) : holdersPerTicket ? null : (
          <ol className="cart-lines">
            {lines.map((line, i) => (
              <li key={line.key} className="cart-line" data-testid="cart-line">
                <span className="cart-line-n">{i + 1}</span>
                <span className="cart-line-seat">
                  {line.seatText || t('sell.sessions.unseated')}
                  {line.reserved ? (
                    <span className="badge badge-reserved" data-testid="reserved-mark">
                      {t('sell.sale.reservedSeat')}
                    </span>
                  ) : null}
                </span>
                <span className="cart-line-tier">{line.tierName}</span>
                <LinePrice listFen={ticketType === 'regular' ? line.priceFen : 0} paidFen={priced.byKey.get(line.key)?.amountFen} />
                {line.ticketId ? (
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('sell.sale.removeSeat', { seat: line.seatText })}
                    onClick={() => removeLine(line)}
                  >
                    ×
                  </button>
                ) : null}
              </li>
            ))}
          </ol>
        )}

        {concessions && lines.length > 0 ? <PriceTypeChoices lines={lines} rules={pricingRules} priced={priced} realNameHolders={realName === 'per_ticket'} /> : null}
        {realName === 'per_ticket' && lines.length > 0 ? (
          <section className="people holders" aria-label={t('sell.persons.holdersTitle')} onKeyDown={nextHolderOnEnter}>
            <h4>
              {t('sell.persons.holdersTitle')} <kbd>F7</kbd>
            </h4>
            {lines.map((line, i) => (
              <div key={line.key} data-testid={holdersPerTicket ? 'cart-line' : undefined}>
                <PersonFields
                  legend={t('sell.persons.holderN', { n: i + 1, seat: line.seatText || line.tierName })}
                  draft={holders[line.key] ?? emptyPerson()}
                  onChange={(patch) => setHolder(line.key, patch)}
                  withId
                  showPhone={false}
                  showErrors={attempted}
                  sameAsLine={duplicates.get(line.key)}
                  firstRef={i === 0 ? peopleRef : undefined}
                  compact
                  extra={
                    holdersPerTicket ? (
                      <span className="person-extra">
                        {line.reserved ? (
                          <span className="badge badge-reserved" data-testid="reserved-mark">
                            {t('sell.sale.reservedSeat')}
                          </span>
                        ) : null}
                        <span className="cart-line-tier">{line.tierName}</span>
                        <LinePrice listFen={ticketType === 'regular' ? line.priceFen : 0} paidFen={priced.byKey.get(line.key)?.amountFen} />
                        <button type="button" className="icon-button" aria-label={t('sell.sale.removeSeat', { seat: line.seatText })} onClick={() => removeLine(line)}>
                          ×
                        </button>
                      </span>
                    ) : undefined
                  }
                />
              </div>
            ))}
          </section>
        ) : null}
        {lines.length > 0 ? (
          <section className="people" aria-label={t('sell.persons.buyerTitle')}>
            {realName !== 'per_ticket' ? <kbd className="section-key">F7</kbd> : null}
            <PersonFields
              legend={realName === 'per_order' ? t('sell.persons.buyerRequired') : t('sell.persons.buyerOptional')}
              draft={buyer}
              onChange={setBuyer}
              withId={realName === 'per_order'}
              showPhone
              mobileRequired={ticketMode === 'electronic'}
              showErrors={attempted}
              firstRef={realName === 'per_ticket' ? undefined : peopleRef}
            />
          </section>
        ) : null}
        {lines.length > 0 ? (
          <>
            <TicketOptions />
            {ticketType === 'regular' ? <OffersFields sessionId={session.id} priced={priced} /> : null}
            {session.large && ticketType !== 'regular' ? <HeldShareLine session={session} version={`${ticketType}:${String(error !== null)}`} /> : null}
            <PaymentFields total={total} firstRef={payRef} />
          </>
        ) : null}
      </div>

      <div className="total-bar" data-testid="total-bar">
        {error ? (
          <Notice kind="error">
            {sellErrorText(t, error, i18n.language)}
            {orders.length > 0 ? (
              <span className="limit-orders">
                {' '}
                {t('sell.errors.PURCHASE_LIMIT_orders')}
                {orders.map((orderId, i) => (
                  <button key={orderId} type="button" className="link-button" onClick={() => go('sell', orderPath(orderId))}>
                    {t('sell.errors.PURCHASE_LIMIT_order', { n: i + 1 })}
                  </button>
                ))}
              </span>
            ) : null}
          </Notice>
        ) : null}
        {shiftPhase === 'none' && total > 0 ? (
          <Notice kind="warn">
            {t('sell.noShiftWarning')}{' '}
            <button type="button" className="link-button" onClick={() => go('sell', 'shift')}>
              {t('sell.openShiftNow')}
            </button>
          </Notice>
        ) : null}
        <div className="total-row">
          <span className="total-label">{t('sell.sale.total')}</span>
          {priced.pricing.listTotalFen !== total && ticketType === 'regular' ? (
            <s className="muted list-price" data-testid="list-total">
              {formatYuan(priced.pricing.listTotalFen)}
            </s>
          ) : null}
          <span className="total-amount" data-testid="total">
            {formatYuan(total)}
          </span>
          <span className="total-count">{t('sell.sale.ticketCount', { count: lines.length })}</span>
        </div>
        <div className="button-row">
          <button type="button" className="secondary big" disabled={lines.length === 0} onClick={() => setConfirmCancel(true)}>
            {t('sell.sale.cancelSale')} <kbd>Esc</kbd>
          </button>
          <button type="submit" className="primary big grow" disabled={lines.length === 0 || submitting || !open}>
            {submitting ? t('sell.pay.submitting') : total > 0 || lines.length === 0 ? t('sell.pay.submit') : t('sell.pay.submitFree')} <kbd>F9</kbd>
          </button>
        </div>
      </div>
      {confirmCancel ? (
        <ConfirmDialog
          title={t('sell.sale.cancelConfirmTitle')}
          confirmLabel={t('sell.sale.cancelYes')}
          cancelLabel={t('sell.sale.cancelKeep')}
          danger
          onCancel={() => setConfirmCancel(false)}
          onConfirm={() => void cancel()}
        >
          <p>{t('sell.sale.cancelConfirm', { count: lines.length })}</p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}
