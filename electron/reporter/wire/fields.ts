import { z } from 'zod';
import { parseWireDateTime } from './datetime';
import { ACCEPT_LIST_AS_JSON_TEXT, WIRE_DATETIME } from './inferred';

// The building blocks of every wire schema. Requests are strict (exact JSON types, lengths in
// characters, enums); the response variants only check types, so a platform that sends a longer
// name or a null never makes a report fail.

/** Length in characters as the standard counts them: one per code point, so 国 counts 1. */
export function charLength(text: string): number {
  // A UTF-16 surrogate pair is one code point; a lone surrogate counts as one, as iterating the string would.
  let n = text.length;
  for (let i = 1; i < text.length; i++) {
    const low = text.charCodeAt(i);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const high = text.charCodeAt(i - 1);
      if (high >= 0xd800 && high <= 0xdbff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** At most `max` code points: a string no longer in UTF-16 units needs no counting. */
const fits = (v: string, max: number): boolean => v.length <= max || charLength(v) <= max;

/** Not empty or blank (\S is exactly what trim() keeps: white space and line terminators aside). */
const NOT_BLANK = /\S/;
const BLANK = 'must not be empty';

/**
 * The not-blank rule of `text()` for several string fields of one object, as one check: for a schema whose fields
 * already carry their lengths (the sync worker's sendable payloads), one check per object costs a fraction of a
 * refinement per field.
 */
export function notBlank<K extends string>(fields: readonly K[]) {
  return (value: Record<K, string>, ctx: z.core.$RefinementCtx): void => {
    for (const field of fields) if (!NOT_BLANK.test(value[field])) ctx.addIssue({ code: 'custom', path: [field], message: BLANK });
  };
}

const INT32_MAX = 2_147_483_647;

/** A required string of at most `max` characters, not blank. */
export function text(max: number) {
  return z
    .string()
    .refine((v) => NOT_BLANK.test(v), { error: BLANK })
    .refine((v) => fits(v, max), { error: `at most ${max} characters` });
}

/** A string of at most `max` characters that may be absent, null or empty. */
export function optionalText(max: number) {
  return z
    .string()
    .refine((v) => fits(v, max), { error: `at most ${max} characters` })
    .nullish();
}

/** A required string of exactly one of the given lengths (platform codes). */
export function code(...lengths: number[]) {
  return z
    .string()
    .refine((v) => NOT_BLANK.test(v), { error: BLANK })
    .refine((v) => lengths.includes(charLength(v)), {
      error: lengths.length === 1 ? `must be ${lengths[0]} characters` : `must be ${lengths.join(' or ')} characters`,
    });
}

/** `int`: a whole JSON number in 32-bit range. */
export function int(min = 0, max = INT32_MAX) {
  return z.number().int().min(min).max(max);
}

/** `long`: a whole JSON number within the safe-integer range (region ids). */
export function long(min = 0) {
  return z.number().int().min(min).max(Number.MAX_SAFE_INTEGER);
}

/** Money in fen (分): a safe integer, never negative, never a float. */
export const fen = long(0);

/** `byte` fields are small enumerations: one of the given values. */
export function byteEnum<const T extends Record<string, number>>(values: T) {
  const list = Object.values(values) as T[keyof T][];
  return z.literal(list as [T[keyof T], ...T[keyof T][]]);
}

/** `DateTime`: `yyyy-MM-dd HH:mm:ss`, UTC+8, a real calendar instant. */
export const dateTime = z
  .string()
  .refine((v) => parseWireDateTime(v) !== null, { error: `must be a date-time ${WIRE_DATETIME.pattern} (UTC+8)` });

/** A list, also accepted as a string holding a JSON array (see ACCEPT_LIST_AS_JSON_TEXT). */
export function list<T extends z.ZodType>(item: T, bounds: { min?: number; max?: number } = {}) {
  let array = z.array(item);
  if (bounds.min !== undefined) array = array.min(bounds.min);
  if (bounds.max !== undefined) array = array.max(bounds.max);
  if (!ACCEPT_LIST_AS_JSON_TEXT) return array;
  // Typed as the plain array so callers see the list's item type; the JSON-text form is a receiving courtesy only.
  return z.preprocess(parseJsonText, array) as unknown as typeof array;
}

function parseJsonText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : value;
  } catch {
    return value;
  }
}

/** Response side: any string, or nothing. */
export const looseText = z.string().nullish();
/** Response side: any whole number, or nothing. */
export const looseInt = z.number().int().nullish();
