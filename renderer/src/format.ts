import { CHINA_TIME_ZONE as TIME_ZONE } from '../../electron/china-time';

export { fromChinaLocalInput, toChinaLocalInput } from '../../electron/china-time';

export function formatDateTime(utcMs: number, language: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(utcMs);
}

/** Date and time to the minute ("2026/12/01 19:30"), China time. */
export function formatDateTimeShort(utcMs: number, language: string): string {
  return new Intl.DateTimeFormat(language, { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).format(utcMs);
}

export function formatTime(utcMs: number, language: string): string {
  return new Intl.DateTimeFormat(language, { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false }).format(utcMs);
}

/** Money is integer fen everywhere; shown as yuan with two decimals. */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}¥${Math.floor(abs / 100).toLocaleString('zh-CN')}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * What a person types for an amount of yuan ("580", "580.5", "¥1,000.00", "５８０" from a Chinese IME, "100元") as
 * integer fen, or null when it is not an amount. Money stays integer fen everywhere (ARCHITECTURE.md).
 */
export function parseYuan(text: string): number | null {
  const clean = text.normalize('NFKC').replace(/[¥￥,\s]/g, '').replace(/元$/, '');
  if (!/^\d{1,9}(\.\d{0,2})?$/.test(clean)) return null;
  const [whole = '0', fraction = ''] = clean.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Fen as a plain yuan amount for an input field ("280.50"). */
export const fenToYuanInput = (fen: number): string => (fen / 100).toFixed(2);

