// Pure (no DOM): what the gate can tell about a document number before asking the core.
import type { IdType } from '../../../../electron/server/contract';
import { gb11643CheckChar, normalizeIdNumber } from '../../../../electron/server/contract/schemas';

export { looksLikeTicketCode, normalizeIdNumber } from '../../../../electron/server/contract/schemas';

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
  return gb11643CheckChar(id.slice(0, 17)) === id.charAt(17) ? null : 'checksum';
}
