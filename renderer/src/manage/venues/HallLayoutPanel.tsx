import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, ApiClientError } from '../../api/client';
import type { HallView, SeatRow } from '../../../../electron/server/contract';
import { useCatalogStore } from '../../stores/catalog-store';
import { SeatMap } from '../../sell/seat-map/SeatMap';
import type { MapSeat, MapTier } from '../../sell/seat-map/types';
import { Notices } from '../../components/Notices';
import { useAction } from '../../components/use-action';
import type { LayoutError } from '../../../../electron/server/contract';
import { seatText } from '../../../../electron/server/contract/schemas';
import { layoutProblemText } from './layout-problem-text';
import { QualityZones } from './quality-zones/QualityZones';
import { layoutSeatOnMap } from '../painting/layout-seats';

const LAYOUT_TIER: MapTier = { id: 'layout', name: '', priceFen: 0, color: '#3f6fb0' };

/** A seated hall's layout: import it from CSV (errors by line), see it drawn, block seats, mark accessible ones. */
export function HallLayoutPanel({ hall }: { hall: HallView }) {
  const { t } = useTranslation();
  const importLayout = useCatalogStore((state) => state.importLayout);
  const [csv, setCsv] = useState('');
  const [lineErrors, setLineErrors] = useState<LayoutError[]>([]);
  const { busy, error, notice, run, fail, setNotice } = useAction();
  const [seats, setSeats] = useState<SeatRow[]>([]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  const loadSeats = useCallback(() => call('catalog.hallSeats', { hallId: hall.id }).then(setSeats, fail), [hall.id, fail]);

  useEffect(() => {
    void loadSeats();
  }, [loadSeats]);

  const mapSeats = useMemo<MapSeat[]>(
    () =>
      seats.map((seat) => layoutSeatOnMap(seat, LAYOUT_TIER.id, selected.has(seat.id) ? 'held_by_me' : seat.blocked === 1 ? 'blocked' : 'available')),
    [seats, selected],
  );

  const runImport = () =>
    run(async () => {
      setLineErrors([]);
      const result = await importLayout({ hallId: hall.id, csv }).catch((failure: unknown) => {
        // A refused file is also listed line by line under the banner.
        if (failure instanceof ApiClientError && Array.isArray(failure.details?.errors)) setLineErrors(failure.details.errors as LayoutError[]);
        throw failure;
      });
      setCsv('');
      await loadSeats();
      return t('layout.imported', { seats: result.seats });
    });

  const readFile = async (file: File | undefined) => {
    if (file) setCsv(await file.text());
  };

  const setFlags = (flags: { blocked?: boolean; accessible?: boolean }) =>
    run(async () => {
      const { updated } = await call('catalog.updateSeatFlags', { hallId: hall.id, seatIds: [...selected], ...flags });
      setSelected(new Set());
      await loadSeats();
      return t('layout.flagsUpdated', { count: updated });
    });

  const toggle = (ids: string[], add?: boolean) => {
    const next = new Set(selected);
    for (const id of ids) {
      if (add ?? !next.has(id)) next.add(id);
      else next.delete(id);
    }
    setSelected(next);
  };

  return (
    <section className="card hall-layout" aria-labelledby={`layout-${hall.id}`}>
      <h3 id={`layout-${hall.id}`}>{t('layout.title', { hall: hall.name, seats: hall.seatCount })}</h3>
      <Notices error={error} notice={notice} />
      {lineErrors.length > 0 ? (
        <ol className="line-errors" aria-label={t('layout.errorsTitle')}>
          {lineErrors.map((problem) => (
            <li key={`${problem.line}-${problem.message}`}>
              <strong>{t('layout.line', { line: problem.line })}</strong> {layoutProblemText(t, problem)}
            </li>
          ))}
        </ol>
      ) : null}
      <details open={seats.length === 0}>
        <summary>{t('layout.importTitle')}</summary>
        <p className="muted">{t('layout.format')}</p>
        <input type="file" accept=".csv,text/csv,text/plain" aria-label={t('layout.chooseFile')} onChange={(event) => void readFile(event.target.files?.[0])} />
        <textarea className="csv-input" rows={6} value={csv} placeholder="1层,A区,1排,1,0,0" onChange={(event) => setCsv(event.target.value)} aria-label={t('layout.csv')} />
        <button type="button" className="primary" disabled={busy || csv.trim() === ''} onClick={() => void runImport()}>
          {t('layout.import')}
        </button>
      </details>
      {seats.length > 0 ? (
        <>
          <div className="button-row" role="toolbar" aria-label={t('layout.tools')}>
            <span className="muted">{t('layout.selected', { count: selected.size })}</span>
            <button type="button" className="secondary" disabled={busy || selected.size === 0} onClick={() => void setFlags({ blocked: true })}>
              {t('layout.block')}
            </button>
            <button type="button" className="secondary" disabled={busy || selected.size === 0} onClick={() => void setFlags({ blocked: false })}>
              {t('layout.unblock')}
            </button>
            <button type="button" className="secondary" disabled={busy || selected.size === 0} onClick={() => void setFlags({ accessible: true })}>
              {t('layout.markAccessible')}
            </button>
            <button type="button" className="secondary" disabled={busy || selected.size === 0} onClick={() => void setFlags({ accessible: false })}>
              {t('layout.unmarkAccessible')}
            </button>
            <button type="button" className="secondary" disabled={selected.size === 0} onClick={() => setSelected(new Set())}>
              {t('layout.clearSelection')}
            </button>
          </div>
          <p className="muted">{t('layout.flagsNote')}</p>
          <QualityZones hall={hall} seats={seats} onSaved={setNotice} onError={fail} />
          <div className="layout-map">
            <SeatMap
              seats={mapSeats}
              tiers={[LAYOUT_TIER]}
              focusTier={null}
              bandPicks={() => true}
              onToggleSeat={(seat) => toggle([seat.ticketId])}
              onSelectSeats={(picked) => toggle(picked.map((seat) => seat.ticketId), true)}
              describeSeat={seatText}
            />
          </div>
        </>
      ) : null}
    </section>
  );
}
