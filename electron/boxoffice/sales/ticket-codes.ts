// Ticket codes: what the QR carries and the ticket prints, looked up at the gate through their unique index.
import { randomToken } from '../../../db/ids';

/** Ticket codes: 10 random bytes, 16 Crockford base32 characters (80 bits): unguessable, and typeable from a printed ticket. */
const TICKET_CODE_BYTES = 10;

/** The characters an order's codes share (20 of their 80 random bits). */
const SHARED_CHARACTERS = 4;

/** One ticket code on its own (a reprint's replacement). */
export const newTicketCode = (): string => randomToken(TICKET_CODE_BYTES);

/**
 * The codes of one order's tickets: each 80 random bits, as `newTicketCode`, but the first 20 drawn once for the
 * order. Codes sort by their characters, so an order's codes lie together in the unique index of codes: a sale of 4
 * wrote 4 random leaves of it (4.6 pages a sale, each a WAL frame at commit and a copy at the checkpoint), and now
 * writes one. To anyone outside the order each code is as random as before; a buyer who knows one of the order's
 * codes still has 60 random bits to guess for another.
 */
export function orderTicketCodes(count: number): string[] {
  const shared = newTicketCode().slice(0, SHARED_CHARACTERS);
  return Array.from({ length: count }, () => shared + newTicketCode().slice(SHARED_CHARACTERS));
}
