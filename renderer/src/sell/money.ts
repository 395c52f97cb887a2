/**
 * What a clerk types for an amount of yuan ("580", "580.5", "¥1,000.00", "５８０" from a Chinese IME) as
 * integer fen, or null when it is not an amount. Money stays integer fen everywhere (ARCHITECTURE.md).
 */
export function parseYuan(text: string): number | null {
  const clean = text.normalize('NFKC').replace(/[¥￥,\s]/g, '').replace(/元$/, '');
  if (!/^\d{1,9}(\.\d{0,2})?$/.test(clean)) return null;
  const [whole = '0', fraction = ''] = clean.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Fen as the plain number a clerk would type back into a field (58000 → "580", 58050 → "580.50"). */
export function yuanInputText(fen: number): string {
  return fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2);
}
