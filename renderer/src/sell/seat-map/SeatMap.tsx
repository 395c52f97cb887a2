import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode, type WheelEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SeatIndex } from './geometry';
import { drawSeatMap, sectionLabelBox } from './draw';
import { fitView, keepInView, panBy, toWorld, zoomAnchor, zoomAt, type View } from './view';
import { rowLabelsOf, sectionsOf, type Section } from './labels';
import { rowLabelAt } from './row-label-hit';
import type { MapSeat, MapTier } from './types';
import './seat-map.css';

export interface SeatMapProps {
  seats: readonly MapSeat[];
  tiers: readonly MapTier[];
  /** Dims every other tier, e.g. while "best N in tier X" is being chosen. */
  focusTier: string | null;
  /** A click, Space or Enter on one seat: the parent holds or releases it. */
  onToggleSeat: (seat: MapSeat) => void;
  /** A rubber band around seats: the parent holds the available ones. */
  onSelectSeats: (seats: MapSeat[]) => void;
  /** The words for one seat, read out when the keyboard cursor lands on it. */
  describeSeat: (seat: MapSeat) => string;
  /** Which seats a band may pick; by default the ones for sale. */
  bandPicks?: (seat: MapSeat) => boolean;
  /** What just happened to the clerk's seats: shown in the line under the map instead of the seat under the pointer, never over seats. */
  status?: ReactNode;
  /** Controls that share the map's toolbar row (e.g. best available), so the map keeps the height. */
  tools?: ReactNode;
  /** Beside the map (the legend): a hall is taller than wide on a 1366×768 screen, so the side has room the height has not. */
  aside?: ReactNode;
  /** A click on a row's name at either end of the row (painting zones selects the whole row); without it, nothing. */
  onRowLabel?: (row: { floor: string; row: string }) => void;
}

const forSale = (seat: MapSeat) => seat.state === 'available';

const DRAG_THRESHOLD = 5;

const ZOOM_STEP = 1.4;
/** A click this close to a seat (screen pixels) picks it, even between the drawn dots. */
const CLICK_REACH_PX = 7;

/**
 * The hall's seat map on a canvas, sized to the box its parent gives it: zoom (wheel at the pointer, +/− toward
 * the keyboard's seat or the pointer, 0 to fit, an area's name or the 区域 list to zoom to it), pan (right or
 * middle drag, Shift+arrows), select by click (the nearest seat), by dragging a band, or from the keyboard
 * (arrows, Space). The line under the map names the seat under the pointer or the keyboard's seat.
 */
export function SeatMap({ seats, tiers, focusTier, onToggleSeat, onSelectSeats, describeSeat, bandPicks = forSale, status, tools, aside, onRowLabel }: SeatMapProps) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 800, height: 500 });
  // No frame before the box is measured: one drawn at the guessed size would publish a view that is not the map's.
  const measured = useRef(false);
  const [view, setView] = useState<View | null>(null);
  const [cursor, setCursor] = useState(-1);
  const [band, setBand] = useState<{ x1: number; y1: number; x2: number; y2: number } | null>(null);
  const [hover, setHover] = useState(-1);
  const pointer = useRef<{ x: number; y: number } | null>(null);
  const gesture = useRef<{ kind: 'band' | 'pan'; x: number; y: number; lastX: number; lastY: number; moved: boolean } | null>(null);

  // The layout (positions) changes rarely; states change on every sale. Index positions only when they move.
  const layoutKey = useMemo(() => `${seats.length}:${seats[0]?.ticketId ?? ''}:${seats.at(-1)?.ticketId ?? ''}`, [seats]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- rebuilt when the layout changes, not on state changes
  const index = useMemo(() => new SeatIndex(seats), [layoutKey]);
  const tierMap = useMemo(() => new Map(tiers.map((tier) => [tier.id, tier])), [tiers]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- labels depend on the layout only
  const rowLabels = useMemo(() => rowLabelsOf(seats), [layoutKey]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- areas depend on the layout only
  const sections = useMemo(() => sectionsOf(seats), [layoutKey]);
  const fitted = useMemo(() => fitView(index.bounds, index.pitch, size.width, size.height), [index, size]);
  const current = view ?? fitted;
  const minScale = fitted.scale * 0.5;
  const maxScale = (40 / index.pitch) * 1.2;
  const show = (next: View | null) => setView(next && keepInView(next, index.bounds, size.width, size.height));
  // Events that come faster than frames (a spun wheel, a quick drag) each build on the view the last one left, not
  // on the one last drawn: otherwise six wheel steps before a redraw zoom as far as one.
  const showFrom = (step: (from: View) => View) => setView((last) => keepInView(step(last ?? fitted), index.bounds, size.width, size.height));
  const zoomBy = (factor: number) => {
    const anchor = zoomAnchor(current, index.bounds, size.width, size.height, seats[cursor], pointer.current);
    show(zoomAt(current, factor, anchor.x, anchor.y, minScale, maxScale));
  };
  const zoomTo = (section: Section) => show(fitView(section.bounds, index.pitch, size.width, size.height));
  const sectionAt = (x: number, y: number) =>
    sections.find((section) => {
      const box = sectionLabelBox(section, current, index.pitch);
      return x >= box.x && x <= box.x + box.width && y >= box.y - 2 && y <= box.y + box.height + 2;
    });
  const seatAt = (x: number, y: number) => {
    const world = toWorld(current, x, y);
    return index.hit(world.x, world.y, Math.max(index.pitch * 0.75, CLICK_REACH_PX / current.scale));
  };

  useEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      measured.current = true;
      setSize({ width: Math.max(200, entry.contentRect.width), height: Math.max(200, entry.contentRect.height) });
    });
    observer.observe(wrap);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !measured.current) return;
    const frame = requestAnimationFrame(() => {
      const ratio = window.devicePixelRatio || 1;
      if (canvas.width !== Math.round(size.width * ratio)) canvas.width = Math.round(size.width * ratio);
      if (canvas.height !== Math.round(size.height * ratio)) canvas.height = Math.round(size.height * ratio);
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      const started = performance.now();
      drawSeatMap(ctx, { seats, tiers: tierMap, view: current, pitch: index.pitch, width: size.width, height: size.height, cursor, focusTier, band, rowLabels, sections });
      // Read by the benchmark and by tests: how many frames, and what the last one cost.
      canvas.dataset.frames = String(Number(canvas.dataset.frames ?? '0') + 1);
      canvas.dataset.drawMs = (performance.now() - started).toFixed(2);
      // Where seats are on screen (screen = world × scale + offset) and how far apart: tests aim clicks with it.
      canvas.dataset.view = JSON.stringify(current);
      canvas.dataset.pitchPx = (index.pitch * current.scale).toFixed(2);
      canvas.dataset.mine = String(seats.filter((seat) => seat.state === 'held_by_me').length);
      // Seats others have taken or are choosing: tests watch it change when another window acts.
      canvas.dataset.taken = String(seats.filter((seat) => seat.state !== 'available' && seat.state !== 'held_by_me').length);
    });
    return () => cancelAnimationFrame(frame);
  }, [seats, tierMap, current, index, size, cursor, focusTier, band, rowLabels, sections]);

  const local = (event: { clientX: number; clientY: number }) => {
    const rect = canvasRef.current?.getBoundingClientRect();
    return { x: event.clientX - (rect?.left ?? 0), y: event.clientY - (rect?.top ?? 0) };
  };

  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    const point = local(event);
    event.currentTarget.setPointerCapture(event.pointerId);
    gesture.current = { kind: event.button === 0 && !event.altKey ? 'band' : 'pan', x: point.x, y: point.y, lastX: point.x, lastY: point.y, moved: false };
  };

  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const point = local(event);
    pointer.current = point;
    const g = gesture.current;
    if (!g) {
      const over = seatAt(point.x, point.y);
      if (over !== hover) setHover(over);
      event.currentTarget.style.cursor = over >= 0 || sectionAt(point.x, point.y) || (onRowLabel && rowLabelAt(rowLabels, current, index.pitch, point.x, point.y)) ? 'pointer' : 'crosshair';
      return;
    }
    if (!g.moved && Math.hypot(point.x - g.x, point.y - g.y) < DRAG_THRESHOLD) return;
    g.moved = true;
    const [dx, dy] = [point.x - g.lastX, point.y - g.lastY];
    if (g.kind === 'pan') setView((last) => panBy(last ?? fitted, dx, dy));
    else setBand({ x1: g.x, y1: g.y, x2: point.x, y2: point.y });
    g.lastX = point.x;
    g.lastY = point.y;
  };

  const onPointerUp = (event: PointerEvent<HTMLCanvasElement>) => {
    const g = gesture.current;
    gesture.current = null;
    setBand(null);
    if (!g) return;
    const point = local(event);
    if (!g.moved && g.kind === 'band') {
      const section = sectionAt(point.x, point.y);
      if (section) {
        zoomTo(section);
        return;
      }
      const rowLabel = onRowLabel ? rowLabelAt(rowLabels, current, index.pitch, point.x, point.y) : null;
      if (onRowLabel && rowLabel) {
        onRowLabel({ floor: rowLabel.floor, row: rowLabel.label });
        return;
      }
      const hit = seatAt(point.x, point.y);
      const seat = seats[hit];
      if (seat) {
        setCursor(hit);
        onToggleSeat(seat);
      }
    } else if (g.moved && g.kind === 'band') {
      const a = toWorld(current, g.x, g.y);
      const b = toWorld(current, point.x, point.y);
      const picked = index.inRect(a.x, a.y, b.x, b.y).map((i) => seats[i]).filter((seat): seat is MapSeat => seat !== undefined && bandPicks(seat));
      if (picked.length > 0) onSelectSeats(picked);
    }
  };

  const onWheel = (event: WheelEvent<HTMLCanvasElement>) => {
    const point = local(event);
    pointer.current = point;
    const factor = Math.exp(-event.deltaY * 0.0015);
    showFrom((from) => zoomAt(from, factor, point.x, point.y, minScale, maxScale));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    const arrows: Record<string, [-1 | 0 | 1, -1 | 0 | 1]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const arrow = arrows[event.key];
    if (arrow && event.shiftKey) {
      show(panBy(current, -arrow[0] * 80, -arrow[1] * 80));
    } else if (arrow) {
      const start = cursor >= 0 ? cursor : seats.findIndex((seat) => seat.state === 'available');
      const next = cursor >= 0 ? index.neighbour(start, arrow[0], arrow[1]) : start;
      if (next >= 0) {
        setCursor(next);
        setHover(-1);
      }
    } else if ((event.key === ' ' || event.key === 'Enter') && seats[cursor]) {
      onToggleSeat(seats[cursor]);
    } else if (event.key === '+' || event.key === '=') {
      zoomBy(ZOOM_STEP);
    } else if (event.key === '-') {
      zoomBy(1 / ZOOM_STEP);
    } else if (event.key === '0') {
      setView(null);
    } else return;
    event.preventDefault();
  };

  const described = seats[hover] ?? seats[cursor];
  return (
    <div className="seat-map">
      <div className="seat-map-tools" role="toolbar" aria-label={t('seatMap.tools')}>
        {tools}
      </div>
      <div className="seat-map-body">
        <div className="seat-map-canvas" ref={wrapRef}>
          <div className="seat-map-stage" aria-hidden="true">
            {t('seatMap.stage')}
          </div>
          <canvas
            ref={canvasRef}
            data-testid="seat-map"
            tabIndex={0}
            role="application"
            aria-label={t('seatMap.label', { count: seats.length })}
            title={t('seatMap.hint')}
            aria-describedby="seat-map-cursor"
            style={{ width: size.width, height: size.height }}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerLeave={() => {
              pointer.current = null;
              setHover(-1);
            }}
            onPointerCancel={() => {
              gesture.current = null;
              setBand(null);
            }}
            onContextMenu={(event) => event.preventDefault()}
            onWheel={onWheel}
            onKeyDown={onKeyDown}
          />
        </div>
        <div className="seat-map-side">
          <span className="seat-map-zoom" role="group" aria-label={t('seatMap.tools')}>
            <button type="button" className="secondary" onClick={() => zoomBy(ZOOM_STEP)} aria-label={t('seatMap.zoomIn')} title={t('seatMap.zoomIn')}>
              ＋
            </button>
            <button type="button" className="secondary" onClick={() => zoomBy(1 / ZOOM_STEP)} aria-label={t('seatMap.zoomOut')} title={t('seatMap.zoomOut')}>
              －
            </button>
            <label className="seat-map-sections">
              <span className="visually-hidden">{t('seatMap.section')}</span>
              <select
                value=""
                aria-label={t('seatMap.section')}
                onChange={(event) => {
                  const section = sections.find((s) => s.key === event.target.value);
                  if (event.target.value === 'all') show(null);
                  else if (section) zoomTo(section);
                }}
              >
                <option value="" disabled>
                  {t('seatMap.section')}
                </option>
                <option value="all">{t('seatMap.fit')}</option>
                {sections.map((section) => (
                  <option key={section.key} value={section.key}>
                    {section.label}
                  </option>
                ))}
              </select>
            </label>
          </span>
          {aside}
        </div>
      </div>
      <div className="seat-map-status">
        {status}
        <div id="seat-map-cursor" className={status ? 'visually-hidden' : 'seat-map-cursor'} aria-live="polite" data-testid="seat-map-describe">
          {described ? describeSeat(described) : t('seatMap.keyboardHint')}
        </div>
      </div>
    </div>
  );
}
