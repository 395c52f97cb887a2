/** Times are shown in China Standard Time, whatever the PC's zone: the venue, the tickets and the platform all use it. */
const TIME_ZONE = 'Asia/Shanghai';

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

export function formatTime(utcMs: number, language: string): string {
  return new Intl.DateTimeFormat(language, { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false }).format(utcMs);
}

/** Money is integer fen everywhere; shown as yuan with two decimals. */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}¥${Math.floor(abs / 100).toLocaleString('zh-CN')}.${String(abs % 100).padStart(2, '0')}`;
}
