// Browser-safe (pricing arithmetic and China time only): what the gate must check of a concession ticket (issue 20).
// A ticket sold with a price type whose proof is `gate` (a card the holder shows: 学生证, 军官证 …) or `id_age` (an
// age from the holder's resident ID) carries that duty to the gate. The core and a gate device's cache both hold
// it, and both judge a shown ID's age with this one function, so they agree.
import { ageFits, ageOn, birthDateOf } from '../pricing/price-lines';
import { chinaDate } from '../../china-time';

/** The proof a gate checks: the card named by the price type, or the age on the holder's ID. */
export type GateProof = 'gate' | 'id_age';

/** A concession the gate must check (null on a ticket sold at its tier's price or whose proof the clerk saw). */
export interface GateConcession {
  /** The price type's name as sold (学生, 老年 …). */
  name: string;
  proof: GateProof;
  /** id_age: at least minAge, under maxAge, on the session's date (China time). */
  minAge: number | null;
  maxAge: number | null;
}

/** The proofs the gate checks: `confirm` was the clerk's (ticked at the sale), `none` needs nothing. */
export const isGateProof = (proof: string | null | undefined): proof is GateProof => proof === 'gate' || proof === 'id_age';

/** The age an ID document gives on the session's date, against the concession's bounds; null when it gives none. */
export interface ConcessionAge {
  age: number;
  fits: boolean;
}

/**
 * The age of a document shown at the gate for an `id_age` ticket, on the session's date in China time, and whether it
 * fits the price type. Null for other tickets or a document without a GB 11643 birth date (a passport: the gate
 * checks by eye, as the band says).
 */
export function concessionAge(concession: GateConcession | null, startsAt: number, shown: { idType: string; idNumber: string } | null): ConcessionAge | null {
  if (concession?.proof !== 'id_age' || shown === null) return null;
  const birth = birthDateOf(shown.idType, shown.idNumber);
  if (birth === null) return null;
  const age = ageOn(birth, chinaDate(startsAt));
  return { age, fits: ageFits(age, concession) };
}
