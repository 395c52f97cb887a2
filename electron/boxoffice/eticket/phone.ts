// Browser-safe (no imports): the buyer's mobile number for an e-ticket, as the window validates it while the clerk types.

/** A mainland China mobile number: 11 digits, 1 then 3–9 (MIIT numbering), optionally written with +86 or 0086, spaces or dashes. */
const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/** The 11-digit number, or null when this is not a mainland mobile number. */
export function mainlandMobile(raw: string): string | null {
  const digits = raw.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
  return MAINLAND_MOBILE.test(digits) ? digits : null;
}
