import { useEffect, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeatRow } from '../../../../electron/server/contract';
import { SeatMap } from '../../sell/seat-map/SeatMap';
import type { MapSeat, MapTier } from '../../sell/seat-map/types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../i18n/error-text';
import { applyPaint, countPaint, rowsAndSections, seatsOfRow, seatsOfSection, type Paint } from './painting-model';
import { layoutSeatOnMap } from './layout-seats';
import './painting.css';

/** One colour of the painter's palette: a price tier, or a quality zone. */
export interface PaintColor {
  key: string;
  name: string;
  color: string;
  /** Beside the name (a tier's price). */
  detail?: string;
}

const UNPAINTED: MapTier = { id: '', name: '', priceFen: 0, color: '#a7a7b2' };

export interface ZonePainterProps {
  title: string;
  seats: readonly SeatRow[];
  colors: readonly PaintColor[];
  initial: Paint;
  /** What a seat without a colour is called (未分配 / 无分区). */
  unpaintedName: string;
  /** Seats that keep their colour (sold tickets). */
  locked?: ReadonlySet<string>;
  /** false: every seat keeps some colour (a generated session's tickets each have a tier). */
  allowUnpaint?: boolean;
  /** true: a colour with no seat is a problem (a price tier), marked ⚠; false: it is simply unused (a quality zone). */
  emptyIsProblem?: boolean;
  saveLabel: string;
  /** Saves the paint; a refusal is shown in the painter, which stays open. */
  onSave: (paint: Paint) => Promise<void> | void;
  onClose: () => void;
  /** Under the palette: what the counts mean for the parent (a tier left empty, …). */
  footer?: (paint: Paint) => ReactNode;
}

/** A list that selects what it names (a row, an area) and goes back to its placeholder, ready for the next pick. */
function PickList({ label, placeholder, names, onPick }: { label: string; placeholder: string; names: readonly string[]; onPick: (index: number) => void }) {
  return (
    <label>
      {label}
      <select value="" onChange={(event) => onPick(Number(event.target.value))}>
        <option value="" disabled>
          {placeholder}
        </option>
        {names.map((name, i) => (
          <option key={name} value={i}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}

const typing = (target: EventTarget) => target instanceof HTMLElement && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName);

/**
 * Paints seats of a hall on its seat map, over the whole window: select by dragging a band, clicking seats, a row's
 * name (or the row list), an area (the area list); then give the selection a colour (its button or the digit key) or
 * clear it (Delete). Counts per colour and unpainted seats are live; unpainted seats are drawn hollow.
 */
export function ZonePainter({ title, seats, colors, initial, unpaintedName, locked, allowUnpaint = true, emptyIsProblem = true, saveLabel, onSave, onClose, footer }: ZonePainterProps) {
  const { t } = useTranslation();
  const [paint, setPaint] = useState<Paint>(initial);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { rows, sections } = useMemo(() => rowsAndSections(seats), [seats]);
  const colorOf = useMemo(() => new Map(colors.map((c) => [c.key, c])), [colors]);
  const counts = countPaint(seats, paint, colors.map((c) => c.key));
  const mapTiers = useMemo<MapTier[]>(() => [UNPAINTED, ...colors.map((c) => ({ id: c.key, name: c.name, priceFen: 0, color: c.color }))], [colors]);
  const mapSeats = useMemo<MapSeat[]>(
    () =>
      seats.map((seat) => {
        const key = paint.get(seat.id);
        return layoutSeatOnMap(seat, key ?? '', locked?.has(seat.id) ? 'sold' : selected.has(seat.id) ? 'held_by_me' : key === undefined ? 'reserved' : 'available');
      }),
    [seats, paint, selected, locked],
  );

  useEffect(() => {
    document.querySelector<HTMLCanvasElement>('.zone-painter canvas')?.focus();
  }, []);

  const select = (ids: readonly string[], add = true) => {
    const next = new Set(selected);
    for (const id of ids) {
      if (add) next.add(id);
      else next.delete(id);
    }
    setSelected(next);
  };
  const assign = (key: string | null) => {
    if (selected.size === 0) return;
    setPaint(applyPaint(paint, selected, key, locked));
    setSelected(new Set());
  };
  const save = async () => {
    setError(null);
    setSaving(true);
    try {
      await onSave(paint);
    } catch (failure) {
      setError(errorText(t, failure));
    } finally {
      setSaving(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (typing(event.target)) return;
    const digit = /^[1-9]$/.test(event.key) ? colors[Number(event.key) - 1] : undefined;
    if (digit) assign(digit.key);
    else if ((event.key === 'Delete' || event.key === 'Backspace') && allowUnpaint) assign(null);
    else if (event.key === 'Escape' && selected.size > 0) setSelected(new Set());
    else return;
    event.preventDefault();
  };
  const describe = (seat: MapSeat) => `${seat.floor} ${seat.area} ${seat.row} ${t('painting.seatNo', { no: seat.seat })} · ${colorOf.get(seat.priceTierId)?.name ?? unpaintedName}`;

  return (
    <div className="zone-painter" role="dialog" aria-modal="true" aria-labelledby="zone-painter-title" onKeyDown={onKeyDown}>
      <header className="zone-painter-head">
        <h3 id="zone-painter-title">{title}</h3>
        <span className="muted">{t('painting.hint')}</span>
        <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
          {saveLabel}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('painting.close')}
        </button>
      </header>
      <ErrorBanner message={error} />
      <div className="zone-painter-body">
        <aside className="zone-painter-side" aria-label={t('painting.palette')}>
          <p className="zone-painter-selected" data-testid="painter-selected">
            {t('painting.selected', { count: selected.size })}
            <button type="button" className="link-button" disabled={selected.size === 0} onClick={() => setSelected(new Set())}>
              {t('painting.clearSelection')}
            </button>
          </p>
          <PickList label={t('painting.pickRow')} placeholder={t('painting.pickRowPlaceholder')} names={rows.map((r) => `${r.floor} ${r.row}`)} onPick={(i) => rows[i] && select(seatsOfRow(seats, rows[i].floor, rows[i].row))} />
          <PickList
            label={t('painting.pickSection')}
            placeholder={t('painting.pickSectionPlaceholder')}
            names={sections.map((s) => `${s.floor} ${s.area}`)}
            onPick={(i) => sections[i] && select(seatsOfSection(seats, sections[i].floor, sections[i].area))}
          />
          <ul className="zone-palette" data-testid="painter-counts">
            {colors.map((color, i) => {
              const count = counts.perKey.get(color.key) ?? 0;
              return (
                <li key={color.key} className={count === 0 && emptyIsProblem ? 'rule-none' : undefined}>
                  <button type="button" className="secondary zone-paint" disabled={selected.size === 0} onClick={() => assign(color.key)} title={t('painting.paintKey', { key: i + 1 })}>
                    <span className="swatch" style={{ background: color.color }} aria-hidden="true" /> {t('painting.paintAs', { name: color.name })}
                    <kbd>{i + 1}</kbd>
                  </button>
                  <span className="zone-count">
                    {color.detail ? <span className="muted">{color.detail} · </span> : null}
                    {count === 0 && emptyIsProblem ? t('painting.none') : t('painting.count', { count })}
                  </span>
                </li>
              );
            })}
            {allowUnpaint ? (
            <li className="zone-unpainted">
              <button type="button" className="secondary zone-paint" disabled={selected.size === 0} onClick={() => assign(null)}>
                <span className="swatch swatch-hollow" aria-hidden="true" /> {t('painting.clear', { name: unpaintedName })}
                <kbd>Del</kbd>
              </button>
              <span className="zone-count">{t('painting.unpainted', { name: unpaintedName, count: counts.unpainted })}</span>
            </li>
            ) : null}
          </ul>
          {footer ? footer(paint) : null}
        </aside>
        <div className="zone-painter-map">
          <SeatMap
            seats={mapSeats}
            tiers={mapTiers}
            focusTier={null}
            bandPicks={(seat) => !locked?.has(seat.ticketId)}
            onToggleSeat={(seat) => {
              if (!locked?.has(seat.ticketId)) select([seat.ticketId], !selected.has(seat.ticketId));
            }}
            onSelectSeats={(picked) => select(picked.map((seat) => seat.ticketId))}
            onRowLabel={({ floor, row }) => select(seatsOfRow(seats, floor, row))}
            describeSeat={describe}
          />
        </div>
      </div>
    </div>
  );
}
