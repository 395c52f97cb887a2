/**
 * The rows a rule's text names: "1排, 2排", "1-8排" or "1～8" (a range), separated by commas, 、 or spaces. A
 * number without 排 takes it when the hall's rows are named that way, so "1-8" means 1排…8排 there.
 */
export function ruleRows(text: string, hallRows: readonly string[]): string[] {
  const suffix = hallRows.length > 0 && hallRows.every((row) => row.endsWith('排')) ? '排' : '';
  const named = (n: string, own: string) => `${n}${own || suffix}`;
  return text
    .split(/[,，、\s]+/)
    .filter(Boolean)
    .flatMap((token) => {
      const range = /^(\d+)\s*[-–—~～至到]\s*(\d+)(排?)$/.exec(token);
      if (range) {
        const [from, to] = [Number(range[1]), Number(range[2])];
        if (to < from || to - from > 500) return [token];
        return Array.from({ length: to - from + 1 }, (_, i) => named(String(from + i), range[3] ?? ''));
      }
      const single = /^(\d+)(排?)$/.exec(token);
      return single ? [named(single[1] ?? token, single[2] ?? '')] : [token];
    });
}
