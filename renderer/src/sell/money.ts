/** Fen as the plain number a clerk would type back into a field (58000 → "580", 58050 → "580.50"). */
export function yuanInputText(fen: number): string {
  return fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2);
}
