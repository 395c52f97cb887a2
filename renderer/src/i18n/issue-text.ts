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
