import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { OrderView, PackageProposal, PackageView, SessionListItem } from '../../../../electron/server/contract';
import { MAX_PACKAGE_SETS } from '../../../../electron/server/contract/schemas';
import { Notices } from '../../components/Notices';
import { useAction } from '../../components/use-action';
import { formatTime, formatYuan, parseYuan } from '../../format';
import { useRouteStore } from '../../stores/route-store';
import { useSellPrintStore } from '../../stores/sell-print-store';
import { PrintStatusLine } from '../print/PrintStatusLine';
import { orderPath } from '../sell-route';
import { emptyPerson, toPerson, type PersonDraft } from '../sale/cart-logic';
import { PersonFields } from '../sale/PersonFields';
import { loadSessionSeats } from '../sale/session-seats';
import type { MapSeat } from '../seat-map/types';
import { packageSale, realNameOf, type PackagePayment } from './package-sale-logic';
import '../../styles/packages.css';

const METHODS = ['cash', 'card', 'mobile'] as const;

/**
 * 售套票: the clerk picks a package and a tier, then a seat in its first session; the core proposes the same seat in the
 * other sessions (the best of the tier where it is taken, marked) and holds them all; payment, and one order.
 * Unseated packages are sold by the number of packages.
 */
export function PackageSaleScreen() {
  const { t, i18n } = useTranslation();
  const go = useRouteStore((state) => state.go);
  const [packages, setPackages] = useState<PackageView[] | null>(null);
  const [packageId, setPackageId] = useState('');
  const [chosenTier, setTierName] = useState('');
  const [first, setFirst] = useState<{ session: SessionListItem; seats: MapSeat[] } | null>(null);
  // The first session's seats chosen, one per package set (the core proposes the rest of each set).
  const [seatIds, setSeatIds] = useState<string[]>([]);
  const [sets, setSets] = useState('1');
  const [proposal, setProposal] = useState<PackageProposal | null>(null);
  const [payment, setPayment] = useState<PackagePayment>({ method: 'cash', received: '' });
  const [people, setPeople] = useState<PersonDraft[]>([emptyPerson()]);
  const [tried, setTried] = useState(false);
  const [sold, setSold] = useState<OrderView | null>(null);
  const action = useAction();
  const { fail, run } = action;

  useEffect(() => {
    call('packages.list', { onSaleOnly: true }).then((list) => {
      setPackages(list);
      setPackageId((id) => id || (list[0]?.id ?? ''));
    }, fail);
  }, [fail]);
  const pkg = packages?.find((p) => p.id === packageId) ?? null;
  const firstSession = pkg?.sessions[0] ?? null;
  const firstSessionId = firstSession?.sessionId;
  // the tier chosen, or the package's first when it has no such tier
  const tierName = pkg?.tiers.some((x) => x.tierName === chosenTier) ? chosenTier : (pkg?.tiers[0]?.tierName ?? '');
  // the first session's seats, again after each sale (`sales` counts them)
  const [sales, setSales] = useState(0);
  useEffect(() => {
    if (firstSessionId !== undefined) loadSessionSeats(firstSessionId).then(setFirst, fail);
  }, [firstSessionId, fail, sales]);

  const tier = pkg?.tiers.find((x) => x.tierName === tierName) ?? null;
  const seated = firstSession?.seated === true;
  const tierIdInFirst = first?.session.tiers.find((x) => x.name === tierName)?.id;
  const freeSeats = useMemo(
    () => (first?.seats ?? []).filter((s) => s.priceTierId === tierIdInFirst && (s.state === 'available' || s.state === 'held_by_me') && !seatIds.includes(s.ticketId)),
    [first, tierIdInFirst, seatIds],
  );
  const realName = realNameOf(first?.session.realNameMode);
  const setCount = seated ? (proposal?.sets.length ?? 0) : Math.max(0, Math.floor(Number(sets) || 0));
  const totalFen = (tier?.priceFen ?? 0) * setCount;

  const release = async () => {
    if (proposal) await call('holds.release', { holdId: proposal.holdId });
    setProposal(null);
    setSeatIds([]);
  };
  // Picking a first-session seat (one per set) asks the core at once for the same seats in the others and holds
  // them all; adding or removing a set proposes the whole order again.
  const propose = (ticketIds: string[]) =>
    run(async () => {
      if (!pkg) return undefined;
      if (proposal) await call('holds.release', { holdId: proposal.holdId });
      setProposal(null);
      setSeatIds(ticketIds);
      if (ticketIds.length > 0) setProposal(await call('packages.proposeSeats', { packageId: pkg.id, ticketIds }));
      return undefined;
    });
  const sell = () => {
    setTried(true);
    const sale = pkg ? packageSale({ pkg, tierName, proposal, setCount, payment, totalFen, people, realName, toPerson }) : null;
    if (!sale) return;
    void run(async () => {
      const order = await call('packages.sell', sale);
      // paper tickets are printed as part of the sale, as at the session's sale screen
      if (order.ticketMode === 'paper') void useSellPrintStore.getState().printTickets(order.lines);
      setSold(order);
      setProposal(null);
      setSeatIds([]);
      setPeople([emptyPerson()]);
      setTried(false);
      setSales((n) => n + 1);
      return t('packages.sell.sold', { name: pkg?.name ?? '', number: order.number, tickets: order.ticketCount, total: formatYuan(order.totalFen) });
    });
  };

  if (packages && packages.length === 0) return <p className="muted">{t('packages.sell.none')}</p>;
  const change = payment.method === 'cash' ? (parseYuan(payment.received) ?? 0) - totalFen : 0;
  const holders = realName === 'per_ticket' ? setCount : realName === 'per_order' ? 1 : 0;
  return (
    <div className="package-sale" data-testid="package-sale">
      <form
        className="pick"
        aria-label={t('packages.sell.title')}
        onSubmit={(event) => {
          event.preventDefault();
          if (seated) void propose(seatIds);
        }}
      >
        <h2>{t('packages.sell.title')}</h2>
        <Notices error={action.error} notice={action.notice} />
        <div className="field">
          <label htmlFor="package-choice">{t('packages.sell.choose')}</label>
          <select id="package-choice" value={packageId} onChange={(e) => void release().then(() => setPackageId(e.target.value))}>
            {(packages ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="package-tier">{t('packages.sell.tier')}</label>
          <select id="package-tier" value={tierName} onChange={(e) => void release().then(() => setTierName(e.target.value))}>
            {(pkg?.tiers ?? []).map((x) => (
              <option key={x.tierName} value={x.tierName}>
                {t('packages.manage.priceOf', { tier: x.tierName, price: formatYuan(x.priceFen), list: formatYuan(x.listFen) })}
              </option>
            ))}
          </select>
        </div>
        {seated ? (
          <div className="field">
            <label htmlFor="package-first-seat">{t('packages.sell.firstSeat', { session: `${firstSession.performanceName} ${firstSession.sessionName}` })}</label>
            <select
              id="package-first-seat"
              value=""
              disabled={seatIds.length >= MAX_PACKAGE_SETS}
              onChange={(e) => {
                if (e.target.value) void propose([...seatIds, e.target.value]);
              }}
            >
              <option value="">{seatIds.length === 0 ? t('packages.sell.pickSeat') : t('packages.sell.addSet', { count: seatIds.length + 1 })}</option>
              {freeSeats.map((s) => (
                <option key={s.ticketId} value={s.ticketId}>
                  {`${s.floor} ${s.area} ${s.row} ${s.seat}号`}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <div className="field">
            <label htmlFor="package-sets">{t('packages.sell.sets')}</label>
            <input id="package-sets" inputMode="numeric" value={sets} onChange={(e) => setSets(e.target.value)} />
            <p className="muted">{t('packages.sell.quantityNote')}</p>
          </div>
        )}
        {seated ? (
          <button type="submit" className="secondary" disabled={action.busy || seatIds.length === 0}>
            {t('packages.sell.propose')}
          </button>
        ) : null}
        {proposal ? (
          <table className="data-table package-seats" aria-label={t('packages.sell.proposal')}>
            <tbody>
              {proposal.sets.flatMap((set) =>
                set.seats.map((seat, i) => {
                  const session = pkg?.sessions.find((s) => s.sessionId === seat.sessionId);
                  return (
                    <tr key={`${seat.sessionId}-${seat.ticketId ?? i}`} data-testid="package-seat">
                      <td>
                        <span className="position">{i + 1}</span>
                        {session ? `${session.performanceName} ${session.sessionName}` : ''}
                      </td>
                      <td>{seat.ticketId === null ? t('packages.sell.unseated') : seat.seatText}</td>
                      <td className={seat.same ? 'same' : 'differs'}>{seat.same ? t('packages.sell.same') : `⚠ ${t('packages.sell.differs')}`}</td>
                      <td>
                        {i === 0 && seated && proposal.sets.length > 1 ? (
                          <button type="button" className="secondary" onClick={() => void propose(seatIds.filter((id) => id !== seat.ticketId))}>
                            {t('packages.sell.removeSet')}
                          </button>
                        ) : null}
                      </td>
                    </tr>
                  );
                }),
              )}
            </tbody>
          </table>
        ) : null}
        {proposal ? <p className="muted">{t('packages.sell.holdUntil', { time: formatTime(proposal.expiresAt, i18n.language) })}</p> : null}
      </form>
      <form
        className="pick"
        aria-label={t('packages.sell.pay')}
        onSubmit={(event) => {
          event.preventDefault();
          sell();
        }}
      >
        <p className="package-total" data-testid="package-total">
          {t('packages.sell.total', { total: formatYuan(totalFen), list: formatYuan((tier?.listFen ?? 0) * setCount) })}
        </p>
        {Array.from({ length: holders }, (_, i) => (
          <PersonFields
            key={i}
            legend={realName === 'per_order' ? t('sell.orders.buyer') : `${t('sell.ticket.holder')} ${i + 1}`}
            draft={people[i] ?? emptyPerson()}
            onChange={(patch) => setPeople((list) => Array.from({ length: Math.max(list.length, i + 1) }, (__, j) => (j === i ? { ...(list[j] ?? emptyPerson()), ...patch } : (list[j] ?? emptyPerson()))))}
            withId
            showPhone={false}
            showErrors={tried}
            compact
          />
        ))}
        <fieldset className="payment">
          <legend>{t('packages.sell.pay')}</legend>
          <div className="choice-group methods" role="radiogroup" aria-label={t('packages.sell.pay')}>
            {METHODS.map((method) => (
              <label key={method} className={payment.method === method ? 'choice checked' : 'choice'}>
                <input type="radio" name="package-method" value={method} checked={payment.method === method} onChange={() => setPayment({ ...payment, method })} />
                {t(`sell.pay.methods.${method}`)}
              </label>
            ))}
          </div>
          {payment.method === 'cash' ? (
            <div className="field">
              <label htmlFor="package-received">{t('packages.sell.received')}</label>
              <input id="package-received" className="money-input" inputMode="decimal" autoComplete="off" value={payment.received} onChange={(e) => setPayment({ ...payment, received: e.target.value })} />
              {change >= 0 && payment.received.trim() !== '' ? <p>{t('packages.sell.change', { change: formatYuan(change) })}</p> : null}
            </div>
          ) : null}
        </fieldset>
        <button type="submit" className="primary" disabled={action.busy || setCount === 0}>
          {t('packages.sell.sell')}
        </button>
        <PrintStatusLine />
        {sold ? (
          <button type="button" className="secondary" onClick={() => go('sell', orderPath(sold.id))}>
            {t('packages.sell.openOrder')} {sold.number}
          </button>
        ) : null}
      </form>
    </div>
  );
}
