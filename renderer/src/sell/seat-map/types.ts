/** A seat's state as the seat map shows it; "held_by_me" are the seats this clerk is choosing. */
export type SeatState = 'available' | 'held' | 'held_by_me' | 'sold' | 'reserved' | 'blocked';

/** One seat of a session's map, drawn at (x, y) in the hall layout's own units. */
export interface MapSeat {
  ticketId: string;
  floor: string;
  area: string;
  row: string;
  seat: string;
  x: number;
  y: number;
  accessible: boolean;
  priceTierId: string;
  state: SeatState;
}

export interface MapTier {
  id: string;
  name: string;
  priceFen: number;
  color: string;
}
