// GB/T 2260 structure: PPCCDD. Province PP0000, city PPCC00, district PPCCDD. The four
// municipalities use PP0100 as their city code (110100 for Beijing).
const PROVINCE_PREFIXES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
]);

export interface Region {
  provinceId: number;
  cityId: number;
  districtId: number;
}

/** The province and city of a district code (which must be well formed). */
export function regionOf(districtId: number): Region {
  return { provinceId: Math.floor(districtId / 10_000) * 10_000, cityId: Math.floor(districtId / 100) * 100, districtId };
}

/**
 * Why a province/city/district triple is not a consistent set of GB/T 2260 codes, or null.
 * Only the structure is checked: the sandbox does not carry the whole division table.
 */
export function regionProblem(provinceId: number, cityId: number, districtId: number): { field: string; message: string } | null {
  const sixDigits = (n: number): boolean => n >= 100_000 && n <= 999_999;
  if (!sixDigits(provinceId) || provinceId % 10_000 !== 0 || !PROVINCE_PREFIXES.has(provinceId / 10_000)) {
    return { field: 'provinceId', message: 'is not a GB/T 2260 province code (e.g. 110000)' };
  }
  if (!sixDigits(cityId) || cityId % 100 !== 0 || cityId % 10_000 === 0 || Math.floor(cityId / 10_000) * 10_000 !== provinceId) {
    return { field: 'cityId', message: `is not a GB/T 2260 city code in province ${provinceId} (e.g. ${provinceId + 100})` };
  }
  if (!sixDigits(districtId) || districtId % 100 === 0 || Math.floor(districtId / 100) * 100 !== cityId) {
    return { field: 'districtId', message: `is not a GB/T 2260 district code in city ${cityId} (e.g. ${cityId + 1})` };
  }
  return null;
}
