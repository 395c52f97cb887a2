import type { TFunction } from 'i18next';
import { errorText } from '../../i18n/error-text';
import { largeErrorText } from '../../large/large-error-text';

/** A refusal on the manager's large-performance panel: the rule in words when it is a large-performance or refund rule, else the app's text. */
export const largeManageError = (t: TFunction, error: unknown, language: string): string => largeErrorText(t, error, language) ?? errorText(t, error);
