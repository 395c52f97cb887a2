// Browser-safe (no imports): the compact seat map's wire format. The core encodes it, the window decodes it.
// A hall's geometry is static and cached by the window per layout version; a session's status is one character
// per seat; changes arrive as deltas over the event stream. JSON of small integers (deltas) that gzip well: a
// 100,000-seat hall is a few bytes per seat on the wire.

/** The seats of a hall, in layout order (the CSV's lines): everything the map draws that no sale changes. */
export interface SeatGeometry {
  hallId: string;
  /** Changes whenever positions, names or wheelchair places change: the window caches the geometry by it. */
  version: string;
  count: number;
  floors: string[];
  areas: string[];
  /** The hall's rows, once each: [floor index, area index, row name]. */
  rows: [number, number, string][];
  /** Per seat: its row index less the seat before's. */
  row: number[];
  /** Per seat: a number is the seat number (written as an integer) less the last such number; a string is the number as written. */
  seat: (number | string)[];
  /** Coordinates are integers after multiplying by `scale` (1, 10 or 100; finer positions are rounded). */
  scale: number;
  /** Per seat: x × scale less the seat before's; the same for y. */
  x: number[];
  y: number[];
  /** Indexes of the wheelchair places, each less the one before. */
  accessible: number[];
}

/** The geometry as the window uses it: typed arrays indexed by seat. */
export interface DecodedGeometry {
  hallId: string;
  version: string;
  count: number;
  rows: { floor: string; area: string; label: string }[];
  rowOf: Int32Array;
  seatNo: string[];
  x: Float64Array;
  y: Float64Array;
  accessible: Uint8Array;
}

/** A ticket's own status; a hold is told apart (it lapses by time). */
export type TicketStatus = 'available' | 'sold' | 'reserved' | 'blocked';

/** One character per seat of the geometry: a seat without a ticket in this session is not drawn. */
export const STATUS_CHAR: Record<TicketStatus, string> = { available: 'a', sold: 's', reserved: 'r', blocked: 'b' };
export const NO_TICKET = '-';

/** A session's seats: who may buy what. */
export interface SeatStatusWire {
  hallId: string;
  layoutVersion: string;
  /** One character per seat of the geometry (STATUS_CHAR, or NO_TICKET). */
  states: string;
  tierIds: string[];
  /** Per seat, as runs [index into tierIds or -1 without a ticket, how many seats]. */
  tiers: [number, number][];
  /** Ticket ids of the seats that have one, in seat order, as runs of consecutive ids: [first id, how many]. */
  tickets: [string, number][];
  /** Live holds: [seat index, until (the core's clock), 1 when held by the user who asked]. */
  holds: [number, number, 0 | 1][];
  /** The core's clock when this was read: holds lapse by it. */
  now: number;
}

/** One seat after a change, pushed to every open map: `holder` is the user whose live hold it is, if any. */
export interface SeatChange {
  ticketId: string;
  status: TicketStatus;
  heldUntil: number | null;
  holder: string | null;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The id after this one when ids are minted within one millisecond (db/ids.ts increments the random part):
 * tickets generated in one go are runs of such ids, so a run is sent as its first id and its length.
 */
export function nextId(id: string): string {
  const chars = id.split('');
  for (let i = chars.length - 1; i >= 0; i--) {
    const digit = ALPHABET.indexOf(chars[i] ?? '');
    if (digit < 0) break;
    if (digit < 31) {
      chars[i] = ALPHABET.charAt(digit + 1);
      return chars.join('');
    }
    chars[i] = '0';
  }
  // Not an id of ours (or all digits 31): nothing follows it, so it always starts a run of its own.
  return '';
}

export function encodeIdRuns(ids: readonly string[]): [string, number][] {
  const runs: [string, number][] = [];
  let expected = '';
  for (const id of ids) {
    const last = runs.at(-1);
    if (last && id === expected) last[1] += 1;
    else runs.push([id, 1]);
    expected = nextId(id);
  }
  return runs;
}

export function decodeIdRuns(runs: readonly [string, number][]): string[] {
  const ids: string[] = [];
  for (const [first, count] of runs) {
    let id = first;
    for (let i = 0; i < count; i++) {
      ids.push(id);
      id = nextId(id);
    }
  }
  return ids;
}

export function encodeRuns(values: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const value of values) {
    const last = runs.at(-1);
    if (last?.[0] === value) last[1] += 1;
    else runs.push([value, 1]);
  }
  return runs;
}

export function decodeRuns(runs: readonly [number, number][], length: number): Int32Array {
  const out = new Int32Array(length).fill(-1);
  let at = 0;
  for (const [value, count] of runs) {
    out.fill(value, at, Math.min(length, at + count));
    at += count;
  }
  return out;
}

const INTEGER = /^(0|[1-9]\d{0,8})$/;

type GeometrySeat = { floor: string; area: string; row: string; seat: string; x: number; y: number; accessible: boolean };

/** Seat positions and names of a hall (in layout order) as the compact geometry. */
export function encodeGeometry(hallId: string, version: string, seats: Iterable<GeometrySeat>): SeatGeometry {
  const encoder = geometryEncoder(hallId, version);
  for (const seat of seats) encoder.add(seat.floor, seat.area, seat.row, seat.seat, seat.x, seat.y, seat.accessible);
  return encoder.finish();
}

/**
 * The geometry built seat by seat, as the seats are read: names are kept once each and positions as plain numbers,
 * so a stadium's rows need not all be alive at once (the core's memory).
 */
export function geometryEncoder(hallId: string, version: string) {
  const floors: string[] = [];
  const areas: string[] = [];
  const floorIndex = new Map<string, number>();
  const areaIndex = new Map<string, number>();
  const rowIndex = new Map<string, number>();
  const rows: [number, number, string][] = [];
  const indexOf = (map: Map<string, number>, list: string[], value: string) => {
    let i = map.get(value);
    if (i === undefined) {
      i = list.length;
      list.push(value);
      map.set(value, i);
    }
    return i;
  };
  const rowDeltas: number[] = [];
  const seatNos: (number | string)[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  const accessible: number[] = [];
  let count = 0;
  let lastRow = 0;
  let lastNumber = 0;
  let lastAccessible = 0;
  return {
    add(floorName: string, areaName: string, rowName: string, seatNo: string, x: number, y: number, isAccessible: boolean): void {
      const floor = indexOf(floorIndex, floors, floorName);
      const area = indexOf(areaIndex, areas, areaName);
      const key = `${floor}|${area}|${rowName}`;
      let row = rowIndex.get(key);
      if (row === undefined) {
        row = rows.length;
        rows.push([floor, area, rowName]);
        rowIndex.set(key, row);
      }
      rowDeltas.push(row - lastRow);
      lastRow = row;
      if (INTEGER.test(seatNo)) {
        const n = Number(seatNo);
        seatNos.push(n - lastNumber);
        lastNumber = n;
      } else seatNos.push(seatNo);
      xs.push(x);
      ys.push(y);
      if (isAccessible) {
        accessible.push(count - lastAccessible);
        lastAccessible = count;
      }
      count += 1;
    },
    finish(): SeatGeometry {
      const fits = (scale: number) => xs.every((x) => Number.isInteger(x * scale)) && ys.every((y) => Number.isInteger(y * scale));
      const scale = fits(1) ? 1 : fits(10) ? 10 : 100;
      const deltas = (values: readonly number[]) => {
        let last = 0;
        return values.map((value) => {
          const scaled = Math.round(value * scale);
          const delta = scaled - last;
          last = scaled;
          return delta;
        });
      };
      return { hallId, version, count, floors, areas, rows, row: rowDeltas, seat: seatNos, scale, x: deltas(xs), y: deltas(ys), accessible };
    },
  };
}

export function decodeGeometry(wire: SeatGeometry): DecodedGeometry {
  const { count, scale } = wire;
  const rowOf = new Int32Array(count);
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const accessible = new Uint8Array(count);
  const seatNo = new Array<string>(count);
  let row = 0;
  let number = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < count; i++) {
    row += wire.row[i] ?? 0;
    rowOf[i] = row;
    const seat = wire.seat[i] ?? '';
    if (typeof seat === 'number') {
      number += seat;
      seatNo[i] = String(number);
    } else seatNo[i] = seat;
    cx += wire.x[i] ?? 0;
    cy += wire.y[i] ?? 0;
    x[i] = cx / scale;
    y[i] = cy / scale;
  }
  let at = 0;
  for (const step of wire.accessible) {
    at += step;
    accessible[at] = 1;
  }
  const rows = wire.rows.map(([floor, area, label]) => ({ floor: wire.floors[floor] ?? '', area: wire.areas[area] ?? '', label }));
  return { hallId: wire.hallId, version: wire.version, count, rows, rowOf, seatNo, x, y, accessible };
}
