import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import type { PriceTierView, SeatRow, SessionView } from '../../../../../electron/server/contract';
import { useCatalogStore } from '../../../stores/catalog-store';
import { Notices } from '../../../components/Notices';
import { useAction } from '../../../components/use-action';
import { formatYuan, parseYuan } from '../../../format';
import { mapTiers } from '../../../sell/sale/map-data';
import { loadSessionSeats } from '../../../sell/sale/session-seats';
import { ZonePainter } from '../../painting/ZonePainter';
import { paintChanges, type Paint } from '../../painting/painting-model';

/** One tier's name and price: saved on its own, refused in words after its first sale unless a manager saves it. */
function TierRow({ tier, onSave }: { tier: PriceTierView; onSave: (change: { priceTierId: string; name?: string; priceFen?: number }) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(tier.name);
  const [yuan, setYuan] = useState(String(tier.priceFen / 100));
  const priceFen = parseYuan(yuan);
  const changed = name.trim() !== tier.name || (priceFen !== null && priceFen !== tier.priceFen);
  return (
    <li className="tier-change">
      <label>
        {t('painting.change.name')}
        <input value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <label>
        {t('painting.change.price')}
        <input value={yuan} inputMode="decimal" onChange={(event) => setYuan(event.target.value)} aria-invalid={priceFen === null} />
      </label>
      <button
        type="button"
        className="secondary"
        disabled={!changed || priceFen === null}
        onClick={() => onSave({ priceTierId: tier.id, ...(name.trim() !== tier.name ? { name: name.trim() } : {}), ...(priceFen !== null && priceFen !== tier.priceFen ? { priceFen } : {}) })}
      >
        {t('painting.change.save')}
      </button>
      <span className={tier.sold > 0 ? 'muted tier-sold' : 'muted'}>{tier.sold > 0 ? t('painting.change.sold', { count: tier.sold }) : t('painting.change.notSold')}</span>
    </li>
  );
}

/**
 * A generated session's tiers: names and prices, and which seat is in which tier (repainted on the map; sold seats
 * stay). Until a tier's first sale anyone may correct it; after it the core lets only a manager, and reports it.
 */
export function TierChangesForm({ session, onClose }: { session: SessionView; onClose: () => void }) {
  const { t } = useTranslation();
  const load = useCatalogStore((state) => state.load);
  const { error, notice, run } = useAction();
  const [painting, setPainting] = useState<{ seats: SeatRow[]; paint: Paint; locked: Set<string> } | null>(null);
  const colors = mapTiers(session.tiers).map((tier) => ({ key: tier.id, name: tier.name, color: tier.color, detail: formatYuan(tier.priceFen) }));

  const saveTier = (change: { priceTierId: string; name?: string; priceFen?: number }) =>
    void run(async () => {
      const view = await call('zones.changeTier', change);
      await load();
      const name = view.tiers.find((tier) => tier.id === change.priceTierId)?.name ?? '';
      return t('painting.change.saved', { name });
    });

  const openMap = () =>
    void run(async () => {
      // The painter keys seats by id: a session's seat is its ticket, so what it paints are the tickets to move.
      const { seats } = await loadSessionSeats(session.id);
      setPainting({
        seats: seats.map((s) => ({ id: s.ticketId, hallId: session.hallId, floorName: s.floor, areaName: s.area, rowName: s.row, seatNo: s.seat, x: s.x, y: s.y, accessible: s.accessible ? 1 : 0, blocked: 0 })),
        paint: new Map(seats.map((s) => [s.ticketId, s.priceTierId])),
        locked: new Set(seats.filter((s) => s.state === 'sold' || s.state === 'held').map((s) => s.ticketId)),
      });
      return undefined;
    });

  const saveMap = async (paint: Paint) => {
    if (!painting) return;
    let moved = 0;
    for (const [tierId, ticketIds] of paintChanges(painting.paint, paint)) {
      if (tierId === null) continue;
      await call('zones.moveTickets', { sessionId: session.id, priceTierId: tierId, ticketIds });
      moved += ticketIds.length;
    }
    setPainting(null);
    await run(async () => {
      await load();
      return moved === 0 ? t('painting.change.noChange') : t('painting.change.repainted', { count: moved });
    });
  };

  return (
    <section className="card tier-changes" aria-labelledby={`tier-changes-${session.id}`}>
      <h4 id={`tier-changes-${session.id}`}>{t('painting.change.title', { name: session.name })}</h4>
      <Notices error={error} notice={notice} />
      <ul className="tier-change-list">
        {session.tiers.map((tier) => (
          <TierRow key={`${tier.id}-${tier.name}-${tier.priceFen}`} tier={tier} onSave={saveTier} />
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="secondary" onClick={openMap}>
          {t('painting.change.repaint')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('painting.close')}
        </button>
      </div>
      {painting ? (
        <ZonePainter
          title={t('painting.change.repaintTitle', { name: session.name })}
          seats={painting.seats}
          colors={colors}
          initial={painting.paint}
          locked={painting.locked}
          allowUnpaint={false}
          unpaintedName={t('painting.tiers.unpainted')}
          saveLabel={t('painting.change.repaintSave')}
          onSave={saveMap}
          onClose={() => setPainting(null)}
        />
      ) : null}
    </section>
  );
}
