import type { TFunction } from 'i18next';
import type { LayoutError, LayoutProblem } from '../../../../electron/server/contract';

const PROBLEMS: readonly LayoutProblem[] = ['unclosed_quote', 'field_count', 'empty', 'too_long', 'not_number', 'unknown_flag', 'duplicate', 'no_seats'];
const FIELDS = ['floor', 'area', 'row', 'seat', 'x', 'y'] as const;

/** A layout line's problem in the screen's language; the core's English message when the problem is new to this screen. */
export function layoutProblemText(t: TFunction, error: LayoutError): string {
  if (!PROBLEMS.includes(error.problem)) return error.message;
  const field = FIELDS.find((name) => name === error.values.field);
  return t(`layout.problems.${error.problem}`, { ...error.values, field: field ? t(`layout.fields.${field}`) : '', interpolation: { escapeValue: false } });
}
