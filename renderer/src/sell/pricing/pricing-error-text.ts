import type { TFunction } from 'i18next';
import { ApiClientError } from '../../api/client';
import { formatDateTimeShort, formatYuan } from '../../format';
import { zhCN } from '../../i18n/zh-CN';

type PricingErrorKey = keyof typeof zhCN.pricing.errors;
const isPricingError = (code: string): code is PricingErrorKey => Object.hasOwn(zhCN.pricing.errors, code);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** A refusal of the concessions and offers as a sentence naming the price type, the code, the age or the limit; null for any other. */
export function pricingErrorText(t: TFunction, error: unknown, language: string): string | null {
  if (!(error instanceof ApiClientError) || !isPricingError(error.code)) return null;
  const d = error.details ?? {};
  const minAge = num(d.minAge);
  const maxAge = num(d.maxAge);
  const rule =
    minAge !== null && maxAge !== null
      ? t('pricing.ageBetween', { min: minAge, max: maxAge })
      : minAge !== null
        ? t('pricing.ageAtLeast', { min: minAge })
        : maxAge !== null
          ? t('pricing.ageUnder', { max: maxAge })
          : '';
  const when = (value: unknown) => (typeof value === 'number' ? formatDateTimeShort(value, language) : '');
  return t(`pricing.errors.${error.code}`, {
    ...d,
    rule,
    startsAt: when(d.startsAt),
    endsAt: when(d.endsAt),
    amountFen: formatYuan(num(d.amountFen) ?? 0),
    totalFen: formatYuan(num(d.totalFen) ?? 0),
  });
}
