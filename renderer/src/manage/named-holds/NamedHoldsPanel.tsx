import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { onEvent } from '../../api/event-hub';
import type { NamedHoldView, SessionView, UserSummary } from '../../../../electron/server/contract';
import { useNamedHoldsStore } from '../../stores/named-holds-store';
import { SeatMap } from '../../sell/seat-map/SeatMap';
import { SeatLegend } from '../../sell/seat-map/SeatLegend';
import { mapTiers } from '../../sell/sale/map-data';
import { loadSessionSeats } from '../../sell/sale/session-seats';
import type { MapSeat } from '../../sell/seat-map/types';
import { Notices } from '../../components/Notices';
import { holdErrorText } from './hold-error-text';
import { holdMapSeats, selectable, splitSelection, toggled } from './hold-map';
import { HoldCard } from './HoldCard';
import { HoldSettingsForm } from './HoldSettingsForm';
import '../../styles/named-holds.css';

/**
 * A session's named holds on its seat map: select seats (click, band, arrows and Space), hold them under a name,
 * release them one by one or all at once, and set when what is left goes back on sale by itself.
 */
export function NamedHoldsPanel({ session, onClose }: { session: SessionView; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const holds = useNamedHoldsStore((state) => (state.sessionId === session.id ? state.holds : []));
  const byTicket = useNamedHoldsStore((state) => state.byTicket);
  const loadHolds = useNamedHoldsStore((state) => state.load);
  const [seats, setSeats] = useState<MapSeat[] | null>(null);
  const [clerks, setClerks] = useState<UserSummary[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const sectionRef = useRef<HTMLElement>(null);
  // Opened from a session's row further down: the panel comes to the top, so the map has the screen's height.
  useEffect(() => sectionRef.current?.scrollIntoView({ block: 'start' }), [session.id]);

  const reload = useCallback(async () => {
    const [map] = await Promise.all([loadSessionSeats(session.id), loadHolds(session.id)]);
    setSeats(map.seats);
  }, [session.id, loadHolds]);

  useEffect(() => {
    void loadHolds(session.id);
    loadSessionSeats(session.id).then(
      (map) => setSeats(map.seats),
      (failure: unknown) => setError(holdErrorText(t, failure, i18n.language)),
    );
    // Without the list (a refusal) the hold is still usable by managers; the clerk choice simply does not show.
    call('users.list', {}).then(
      (users) => setClerks(users.filter((u) => u.role === 'clerk' && u.active)),
      () => undefined,
    );
    return onEvent('seats.changed', (event) => {
      if (event.sessionId === session.id) void reload().catch(() => undefined);
    });
  }, [session.id, reload, loadHolds, t, i18n.language]);

  const mapSeats = useMemo(() => holdMapSeats(seats ?? [], selected), [seats, selected]);
  const tiers = useMemo(() => mapTiers(session.tiers), [session.tiers]);
  const tierById = useMemo(() => new Map(tiers.map((tier) => [tier.id, tier])), [tiers]);
  const { free, inHold } = useMemo(() => splitSelection(selected, mapSeats, byTicket), [selected, mapSeats, byTicket]);
  const pickable = useCallback((seat: MapSeat) => selectable({ ...seat, state: selected.has(seat.ticketId) ? 'available' : seat.state }, byTicket), [byTicket, selected]);

  const describeSeat = useCallback(
    (seat: MapSeat) => {
      const hold = byTicket.get(seat.ticketId);
      const state = selected.has(seat.ticketId) ? t('namedHolds.manage.selectedMark') : hold ? t('namedHolds.manage.inHold', { hold: hold.name }) : t(`seatMap.states.${seat.state}`);
      return t('namedHolds.manage.seatLine', { floor: seat.floor, area: seat.area, row: seat.row, seat: seat.seat, tier: tierById.get(seat.priceTierId)?.name ?? '', state });
    },
    [byTicket, selected, t, tierById],
  );

  /** Runs one change; the map and the holds reload, and the selection is cleared when it succeeded. */
  const act = async (work: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      setNotice(await work());
      setSelected(new Set());
    } catch (failure) {
      setError(holdErrorText(t, failure, i18n.language));
    } finally {
      setBusy(false);
      await reload().catch(() => undefined);
    }
  };

  const hold = (target: NamedHoldView) =>
    act(async () => {
      await call('namedHolds.hold', { holdId: target.id, ticketIds: free });
      return t('namedHolds.manage.held', { count: free.length, name: target.name });
    });
  const release = (target: NamedHoldView, ticketIds?: string[]) =>
    act(async () => {
      const done = await call('namedHolds.release', ticketIds ? { holdId: target.id, ticketIds } : { holdId: target.id });
      return t('namedHolds.manage.released', { count: done.released });
    });

  return (
    <section ref={sectionRef} className="card named-holds" aria-labelledby={`named-holds-${session.id}`} onKeyDown={(e) => e.key === 'Escape' && e.target === e.currentTarget && onClose()}>
      <header className="card-head">
        <h3 id={`named-holds-${session.id}`}>{t('namedHolds.manage.title', { session: session.name })}</h3>
        <button type="button" className="secondary" onClick={onClose}>
          {t('namedHolds.manage.close')}
        </button>
      </header>
      <p className="muted">{t('namedHolds.manage.intro')}</p>
      <Notices error={error} notice={notice} />
      <div className="named-holds-body">
        <div className="named-holds-map" data-testid="hold-map" data-selected={selected.size}>
          {seats === null ? (
            <p className="muted" aria-busy="true">
              {t('namedHolds.manage.loading')}
            </p>
          ) : (
            <SeatMap
              seats={mapSeats}
              tiers={tiers}
              focusTier={null}
              bandPicks={pickable}
              onToggleSeat={(seat) => {
                if (pickable(seat)) setSelected(toggled(selected, [seat.ticketId]));
              }}
              onSelectSeats={(picked) => setSelected(toggled(selected, picked.map((seat) => seat.ticketId), true))}
              describeSeat={describeSeat}
              status={
                <span className="named-holds-selection">
                  {t('namedHolds.manage.selected', { count: selected.size })}
                  {selected.size > 0 ? ` · ${t('namedHolds.manage.selectedFree', { count: free.length })}` : ''}
                </span>
              }
              aside={<SeatLegend tiers={tiers} />}
            />
          )}
        </div>
        <div className="named-holds-side stack">
          <div className="button-row">
            <button type="button" className="secondary" disabled={selected.size === 0} onClick={() => setSelected(new Set())}>
              {t('namedHolds.manage.clearSelection')}
            </button>
          </div>
          <h4>{t('namedHolds.manage.holds')}</h4>
          {holds.length === 0 ? <p className="muted">{t('namedHolds.manage.none')}</p> : null}
          <ul className="named-hold-list">
            {holds.map((h) => (
              <HoldCard
                key={h.id}
                hold={h}
                clerks={clerks}
                busy={busy}
                freeSelected={free.length}
                selectedInHold={inHold.get(h.id) ?? []}
                onHold={() => void hold(h)}
                onRelease={(ids) => void release(h, ids)}
                onSaved={(message) => {
                  setNotice(message);
                  void reload();
                }}
              />
            ))}
          </ul>
          <HoldSettingsForm
            sessionId={session.id}
            clerks={clerks}
            onSaved={(message) => {
              setNotice(message);
              void reload();
            }}
          />
        </div>
      </div>
    </section>
  );
}
