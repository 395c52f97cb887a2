// Browser-safe (no imports): how the domain's numbers and codes read on tickets and reports (times: ../china-time.ts).

/** 88000 → ¥880.00 */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}¥${String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/g, ',')}.${String(abs % 100).padStart(2, '0')}`;
}

/** A ticket code in groups of four, as printed: ABCD-EFGH-JKMN-PQRS. */
export function formatTicketCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1-');
}

/**
 * What a scanner or a person typed, back to a ticket code: dashes and spaces dropped, upper case, and the
 * letters Crockford base32 never uses read as the digits they resemble (O→0, I/L→1).
 */
export function normalizeTicketCode(input: string): string {
  return input
    .trim()
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/**
 * A ticket code (16 Crockford base32 characters with at least one letter, printed in groups of four) rather than an
 * order or document number: resident IDs and permits have 8 to 18 characters of another shape, passports 9.
 */
export function looksLikeTicketCode(raw: string): boolean {
  return /^[0-9A-Z]{16}$/.test(normalizeTicketCode(raw)) && /[A-Z]/i.test(raw);
}

/** Where a seat is, in the words printed on the ticket: "1层 A区 3排 12号". */
export interface SeatParts {
  floor: string | null;
  area: string | null;
  row: string | null;
  seat: string | null;
}

/** A seat as the ticket, the gate, refusals and the window say it; 不对号入座 for an unseated place. */
export function seatText(parts: SeatParts | null | undefined): string {
  return !parts || parts.floor === null ? '不对号入座' : `${parts.floor} ${parts.area ?? ''} ${parts.row ?? ''} ${parts.seat ?? ''}号`;
}
