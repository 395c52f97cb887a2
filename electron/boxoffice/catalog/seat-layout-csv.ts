// Browser-safe (no imports): the manage screen previews a layout with the same parser the import uses.
//
// Format, one seat a line:  floor,area,row,seat,x,y[,flags]
// - UTF-8 (a BOM is ignored), comma separated, fields may be "quoted" (RFC 4180), CRLF or LF;
// - a first line starting with `floor` is a header; blank lines and lines starting with `#` are skipped;
// - floor, area, row and seat are names of at most 10 characters (the platform's limit), e.g. 1层,A区,3排,12;
// - x, y are drawing coordinates (any unit; the stage is towards smaller y); seats of one row are ordered by x;
// - flags, separated by `|` or `;`: `accessible` (无障碍) and `blocked` (不售): a blocked seat is never sold.

export interface ParsedSeat {
  line: number;
  floor: string;
  area: string;
  row: string;
  seat: string;
  x: number;
  y: number;
  accessible: boolean;
  blocked: boolean;
}

/** What is wrong with a line, for a screen to say in its own language (the message is English, for logs and tools). */
export type LayoutProblem = 'unclosed_quote' | 'field_count' | 'empty' | 'too_long' | 'not_number' | 'unknown_flag' | 'duplicate' | 'no_seats';

export interface LayoutError {
  line: number;
  problem: LayoutProblem;
  /** The facts the message names: field, value, found, firstLine, seat. */
  values: Record<string, string | number>;
  message: string;
}

const FLAGS: Record<string, 'accessible' | 'blocked'> = { accessible: 'accessible', 无障碍: 'accessible', blocked: 'blocked', 不售: 'blocked' };
const MAX_ERRORS = 50;

/** Splits one CSV line into fields; `null` when a quote is left open. */
function splitCsvLine(line: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line.charAt(i);
    if (quoted) {
      if (char === '"' && line.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (char === ',') {
      fields.push(field.trim());
      field = '';
    } else field += char;
  }
  if (quoted) return null;
  fields.push(field.trim());
  return fields;
}

/** Parses a layout; every problem is reported with its line number (up to 50), and any problem means no seats. */
export function parseSeatLayoutCsv(text: string): { seats: ParsedSeat[]; errors: LayoutError[] } {
  const seats: ParsedSeat[] = [];
  const errors: LayoutError[] = [];
  const seen = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    if (errors.length >= MAX_ERRORS) return;
    const line = index + 1;
    const fail = (problem: LayoutProblem, message: string, values: LayoutError['values'] = {}) => errors.push({ line, problem, values, message });
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    if (index === 0 && /^\s*"?floor"?\s*,/i.test(raw)) return;
    const fields = splitCsvLine(raw);
    if (!fields) return fail('unclosed_quote', 'a quoted field is not closed');
    if (fields.length < 6 || fields.length > 7) return fail('field_count', `expected 6 or 7 fields (floor,area,row,seat,x,y[,flags]), found ${fields.length}`, { found: fields.length });
    const [floor = '', area = '', row = '', seat = '', xText = '', yText = '', flagText = ''] = fields;
    const names: [string, string][] = [['floor', floor], ['area', area], ['row', row], ['seat', seat]];
    for (const [name, value] of names) {
      if (value === '') return fail('empty', `the ${name} is empty`, { field: name });
      if (Array.from(value).length > 10) return fail('too_long', `the ${name} "${value}" is longer than 10 characters`, { field: name, value });
    }
    const x = Number(xText);
    const y = Number(yText);
    if (xText === '' || !Number.isFinite(x)) return fail('not_number', `x "${xText}" is not a number`, { field: 'x', value: xText });
    if (yText === '' || !Number.isFinite(y)) return fail('not_number', `y "${yText}" is not a number`, { field: 'y', value: yText });
    const flags = new Set<'accessible' | 'blocked'>();
    for (const flag of flagText.split(/[|;]/).map((f) => f.trim()).filter((f) => f !== '')) {
      const known = FLAGS[flag.toLowerCase()];
      if (!known) return fail('unknown_flag', `unknown flag "${flag}" (use accessible or blocked, separated by | or ;)`, { value: flag });
      flags.add(known);
    }
    const key = [floor, area, row, seat].join('\u0000');
    const first = seen.get(key);
    if (first !== undefined) return fail('duplicate', `seat ${floor} ${area} ${row} ${seat} is already on line ${first}`, { seat: `${floor} ${area} ${row} ${seat}`, firstLine: first });
    seen.set(key, line);
    seats.push({ line, floor, area, row, seat, x, y, accessible: flags.has('accessible'), blocked: flags.has('blocked') });
  });
  if (errors.length === 0 && seats.length === 0) errors.push({ line: 1, problem: 'no_seats', values: {}, message: 'the file lists no seats' });
  return { seats: errors.length ? [] : seats, errors };
}
