/**
 * A text cell that a spreadsheet would run as a formula (= + - @, or a leading tab or CR) gets a leading
 * apostrophe: a buyer's name typed as `=HYPERLINK(...)` must open as text, not as a link or a command.
 * Plain numbers (a refund's -280) are not formulas and stay as they are.
 */
function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
}

/** A CSV text with a BOM, so that Excel opens the Chinese correctly; cells quoted when needed, formulas defused. */
export function toCsv(header: string[], rows: (string | number)[][]): string {
  const cell = (value: string | number) => {
    const text = typeof value === 'number' ? String(value) : defuse(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
