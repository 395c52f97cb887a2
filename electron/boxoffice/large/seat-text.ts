// How a seat reads in refusals and lists, the same words as on the ticket (sales/ticket-content.ts).

export interface SeatParts {
  floor: string | null;
  area: string | null;
  row: string | null;
  seat: string | null;
}

export function seatText(parts: SeatParts): string {
  return parts.floor === null ? '不对号入座' : `${parts.floor} ${parts.area ?? ''} ${parts.row ?? ''} ${parts.seat ?? ''}号`;
}
