import type { SeatRow } from '../../../../electron/server/contract';
import type { MapSeat, SeatState } from '../../sell/seat-map/types';

/** A seat of a hall's layout as the seat map draws it: its id stands in for a ticket's, its colour key for a tier. */
export const layoutSeatOnMap = (seat: SeatRow, colorKey: string, state: SeatState): MapSeat => ({
  ticketId: seat.id,
  floor: seat.floorName,
  area: seat.areaName,
  row: seat.rowName,
  seat: seat.seatNo,
  x: seat.x,
  y: seat.y,
  accessible: seat.accessible === 1,
  priceTierId: colorKey,
  state,
});
