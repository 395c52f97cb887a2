import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { validationText } from '../../../electron/server/contract/validation-messages';

/** One validation issue as a short phrase in the user's language (shown under the field). */
export function issueText(t: TFunction, issue: z.core.$ZodIssue, language: string): string {
  const lang = language === 'en' ? 'en' : 'zh-CN';
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? t('validation.required') : t('validation.tooShort', { min: Number(issue.minimum) });
      return t('validation.tooSmall', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('validation.tooLong', { max: Number(issue.maximum) });
      return t('validation.tooBig', { max: Number(issue.maximum) });
    case 'invalid_type':
      return issue.input === undefined ? t('validation.required') : t('validation.wrongType');
    default:
      return issue.message.startsWith('v:') ? validationText(issue.message, lang) : t('validation.invalid');
  }
}

/** The first issue of a value against a schema, in words, or null when valid. */
export function checkField(t: TFunction, schema: z.ZodType, value: unknown, language: string): string | null {
  const result = schema.safeParse(value);
  const first = result.success ? undefined : result.error.issues[0];
  return first ? issueText(t, first, language) : null;
}

/**
 * Every problem of a whole form against its schema, by field path ("tiers.0.name"), first problem
 * per field; an empty object when the form is valid. Cross-field rules (a city outside its province)
 * land on the field they name.
 */
export function formIssues(t: TFunction, schema: z.ZodType, value: unknown, language: string): Record<string, string> {
  const result = schema.safeParse(value);
  if (result.success) return {};
  const issues: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    issues[path] ??= issueText(t, issue, language);
  }
  return issues;
}
