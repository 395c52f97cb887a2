// Pure (no DOM): what the gate can tell about a document number before asking the core.
import type { IdType } from '../../../../electron/server/contract';

// A Record over the domain's document types: a new type fails the typecheck here until the gate offers it.
const OFFERED: Record<IdType, true> = {
  resident_id: true,
  passport: true,
  hk_macau_permit: true,
  taiwan_permit: true,
  hmt_residence_permit: true,
  foreign_permanent_resident: true,
};
/** Every document type, in the order the gate offers them (the resident ID first: most holders bring it). */
export const ID_TYPES = Object.keys(OFFERED) as IdType[];

export const isIdType = (value: string | null | undefined): value is IdType => value != null && Object.hasOwn(OFFERED, value);

/** As the core stores it: no spaces or dashes, upper case (a trailing x of a resident ID typed in lower case). */
export function normalizeIdNumber(raw: string): string {
  return raw.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
const GB11643_TYPES: readonly IdType[] = ['resident_id', 'hmt_residence_permit'];

/**
 * A typo the gate can catch at once: an 18-character GB 11643 number whose check character is wrong, or
 * one of the wrong length. Sent to the core, a typo would read as "ID mismatch" and turn away the right
 * person. Other documents have no check character: the core's comparison decides.
 */
export function idNumberProblem(idType: IdType, raw: string): 'length' | 'checksum' | null {
  const id = normalizeIdNumber(raw);
  if (!GB11643_TYPES.includes(idType) && !(idType === 'foreign_permanent_resident' && /^\d/.test(id))) return null;
  if (!/^\d{17}[\dX]$/.test(id)) return 'length';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11) === id.charAt(17) ? null : 'checksum';
}

/**
 * A ticket code (16 Crockford base32 characters with at least one letter, printed in groups of four) rather
 * than a document number: the next holder's ticket scanned while the screen still asks for an ID. Resident IDs
 * and permits have 8 to 18 characters of another shape; Chinese passports have 9.
 */
export function looksLikeTicketCode(raw: string): boolean {
  const code = raw.trim().toUpperCase().replace(/[\s-]/g, '');
  return /^[0-9A-Z]{16}$/.test(code) && /[A-Z]/.test(code);
}
