import type { TFunction } from 'i18next';
import { ApiClientError } from '../api/client';
import { zhCN } from './zh-CN';

type ErrorKey = keyof typeof zhCN.errors;
const isErrorKey = (code: string): code is ErrorKey => Object.hasOwn(zhCN.errors, code);
type PackageErrorKey = keyof typeof zhCN.packages.errors;
const isPackageError = (code: string): code is PackageErrorKey => Object.hasOwn(zhCN.packages.errors, code);

/** A sentence for the person at the screen: the translated code with its details, or the core's own message. */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiClientError) {
    const params = { ...error.details, message: error.message };
    if (isErrorKey(error.code)) return t(`errors.${error.code}`, params);
    if (isPackageError(error.code)) return t(`packages.errors.${error.code}`, params);
    return t('errors.fallback', params);
  }
  return t('errors.fallback', { message: error instanceof Error ? error.message : String(error) });
}
