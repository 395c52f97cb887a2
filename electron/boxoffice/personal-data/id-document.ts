// Browser-safe (no imports but China's clock): the box-office window checks ID numbers as they are typed with this same code.
import { chinaWallClock } from '../../china-time';

/** Documents accepted for real-name purchase and entry. */
export const ID_TYPES = [
  'resident_id', // 居民身份证 (GB 11643)
  'passport', // 护照
  'hk_macau_permit', // 港澳居民来往内地通行证
  'taiwan_permit', // 台湾居民来往大陆通行证
  'hmt_residence_permit', // 港澳台居民居住证 (GB 11643 layout, region 810000/820000/830000)
  'foreign_permanent_resident', // 外国人永久居留身份证
] as const;
export type IdType = (typeof ID_TYPES)[number];

export const ID_TYPE_LABELS: Record<IdType, { zh: string; en: string }> = {
  resident_id: { zh: '居民身份证', en: 'Resident ID card' },
  passport: { zh: '护照', en: 'Passport' },
  hk_macau_permit: { zh: '港澳居民来往内地通行证', en: 'Mainland travel permit for Hong Kong and Macao residents' },
  taiwan_permit: { zh: '台湾居民来往大陆通行证', en: 'Mainland travel permit for Taiwan residents' },
  hmt_residence_permit: { zh: '港澳台居民居住证', en: 'Residence permit for Hong Kong, Macao and Taiwan residents' },
  foreign_permanent_resident: { zh: '外国人永久居留身份证', en: "Foreigner's permanent residence ID card" },
};

export type IdCheck = { ok: true; normalized: string } | { ok: false; problem: 'FORMAT' | 'CHECKSUM' | 'BIRTH_DATE' | 'REGION'; message: string };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
// Province-level prefixes of GB/T 2260 (71 is Taiwan); 81-83 belong to the HMT residence permit.
const PROVINCES = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71]);

/** Upper case, without spaces or dashes: the form stored, hashed and compared. */
export function normalizeIdNumber(raw: string): string {
  return raw.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
}

/** The GB 11643 check character for the first 17 digits. */
export function gb11643CheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/** A valid calendar date `yyyyMMdd` between 1900 and today (China time). */
function birthDateProblem(yyyymmdd: string, now: number): string | null {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return `its birth date ${yyyymmdd} is not a real date`;
  }
  const todayInChina = chinaWallClock(now);
  const today = Date.UTC(todayInChina.getUTCFullYear(), todayInChina.getUTCMonth(), todayInChina.getUTCDate());
  if (date.getTime() > today) return `its birth date ${yyyymmdd} is in the future`;
  return null;
}

function checkGb11643(id: string, label: string, now: number, region: (prefix: number) => boolean): IdCheck {
  if (id.length === 15 && /^\d{15}$/.test(id)) {
    return { ok: false, problem: 'FORMAT', message: `This is a 15-digit first-generation ${label} number; ask for the 18-digit one.` };
  }
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, problem: 'FORMAT', message: `A ${label} number has 17 digits followed by a digit or X.` };
  if (!region(Number(id.slice(0, 2)))) return { ok: false, problem: 'REGION', message: `This ${label} number does not start with a valid region code.` };
  const dateProblem = birthDateProblem(id.slice(6, 14), now);
  if (dateProblem) return { ok: false, problem: 'BIRTH_DATE', message: `This ${label} number is not valid: ${dateProblem}.` };
  if (gb11643CheckChar(id) !== id.charAt(17)) {
    return { ok: false, problem: 'CHECKSUM', message: `This ${label} number is mistyped: its last character does not match the others.` };
  }
  return { ok: true, normalized: id };
}

/** Checks a document number for its type: GB 11643 checksum and birth date where the document has them, the format otherwise. */
export function checkIdDocument(type: IdType, raw: string, now: number = Date.now()): IdCheck {
  const id = normalizeIdNumber(raw);
  const format = (pattern: RegExp, message: string): IdCheck => (pattern.test(id) ? { ok: true, normalized: id } : { ok: false, problem: 'FORMAT', message });
  switch (type) {
    case 'resident_id':
      return checkGb11643(id, 'resident ID', now, (prefix) => PROVINCES.has(prefix));
    case 'hmt_residence_permit':
      if (!/^8[123]0000/.test(id)) return { ok: false, problem: 'REGION', message: 'A Hong Kong, Macao or Taiwan residence permit number starts with 810000, 820000 or 830000.' };
      return checkGb11643(id, 'residence permit', now, () => true);
    case 'foreign_permanent_resident':
      if (id.length === 18) return checkGb11643(id, 'permanent residence ID', now, (prefix) => Math.floor(prefix / 10) === 9);
      return format(/^[A-Z]{3}\d{12}$/, 'A permanent residence ID number has 18 digits starting with 9, or 3 letters and 12 digits.');
    case 'passport':
      return format(/^[A-Z0-9]{5,20}$/, 'A passport number has 5 to 20 letters and digits.');
    case 'hk_macau_permit':
      return format(/^[HM]\d{8}(\d{2})?$/, 'A Hong Kong or Macao travel permit number is H or M followed by 8 or 10 digits.');
    case 'taiwan_permit':
      return format(/^\d{8}(\d{2})?$/, 'A Taiwan travel permit number has 8 or 10 digits.');
  }
}
