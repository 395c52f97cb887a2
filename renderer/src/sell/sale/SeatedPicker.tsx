import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionListItem } from '../../../../electron/server/contract';
import { useSellSeatsStore } from '../../stores/sell-seats-store';
import { useSessionStore } from '../../stores/session-store';
import { formatYuan } from '../../format';
import { SeatMap } from '../seat-map/SeatMap';
import { SeatLegend } from '../seat-map/SeatLegend';
import type { MapSeat } from '../seat-map/types';
import { mapTiers } from './map-data';
import { BestAvailable } from './BestAvailable';
import { SeatNotices } from './SeatNotices';
import { mayIssueReserved } from './reserved-picks';
import { useNamedHoldsStore } from '../../stores/named-holds-store';
import { onEvent } from '../../api/event-hub';

const forSale = (seat: MapSeat) => seat.state === 'available';
/** A manager's band also takes the seats the box office reserved, to issue them. */
const forSaleOrReserved = (seat: MapSeat) => seat.state === 'available' || seat.state === 'reserved';

/** The seat map of a seated session with "best N together", the legend, and what happened to the clerk's seats. */
export function SeatedPicker({ session }: { session: SessionListItem }) {
  const { t } = useTranslation();
  const seats = useSellSeatsStore((state) => state.seats);
  const toggle = useSellSeatsStore((state) => state.toggle);
  const pickMany = useSellSeatsStore((state) => state.pickMany);
  const notice = useSellSeatsStore((state) => state.notice !== null);
  const manager = useSessionStore((state) => mayIssueReserved(state.session?.user.role));
  const tiers = useMemo(() => mapTiers(session.tiers), [session.tiers]);
  const [focusTier, setFocusTier] = useState<string | null>(null);
  const tierById = useMemo(() => new Map(tiers.map((tier) => [tier.id, tier])), [tiers]);
  const loadHolds = useNamedHoldsStore((state) => state.load);
  const holdOf = useNamedHoldsStore((state) => state.byTicket);
  // The named holds' seats carry their names on this map; a clerk a hold names may sell from it.
  useEffect(() => {
    void loadHolds(session.id);
    const off = onEvent('seats.changed', (event) => {
      if (event.sessionId === session.id) void loadHolds(session.id);
    });
    return off;
  }, [session.id, loadHolds]);
  /** A clerk's band takes the seats on sale and those of the named holds that name them. */
  const forSaleOrMyHolds = useCallback((seat: MapSeat) => forSale(seat) || (seat.state === 'reserved' && holdOf.get(seat.ticketId)?.mayUse === true), [holdOf]);

  const describeSeat = useCallback(
    (seat: MapSeat) => {
      const tier = tierById.get(seat.priceTierId);
      const text = t('seatMap.seat', {
        floor: seat.floor,
        area: seat.area,
        row: seat.row,
        seat: seat.seat,
        tier: tier?.name ?? '',
        price: tier ? formatYuan(tier.priceFen) : '',
        state: t(`seatMap.states.${seat.state}`),
      });
      const hold = seat.state === 'reserved' ? holdOf.get(seat.ticketId) : undefined;
      const named = hold ? `${text} · ${t('namedHolds.window.heldFor', { hold: hold.name })}` : text;
      return seat.accessible ? `${named} · ${t('seatMap.accessible')}` : named;
    },
    [t, tierById, holdOf],
  );

  return (
    <div className="seated-picker">
      <SeatMap
        seats={seats}
        tiers={tiers}
        focusTier={focusTier}
        onToggleSeat={toggle}
        onSelectSeats={pickMany}
        bandPicks={manager ? forSaleOrReserved : forSaleOrMyHolds}
        describeSeat={describeSeat}
        tools={<BestAvailable session={session} onFocusTier={setFocusTier} />}
        status={notice ? <SeatNotices /> : null}
        aside={<SeatLegend tiers={tiers} />}
      />
    </div>
  );
}
