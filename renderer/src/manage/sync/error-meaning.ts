// Pure (no DOM): what a sync error's code means, so the dashboard can say it in the reader's language while the
// platform's or the network's own words stay beside it as the detail.

export type ErrorMeaning = 'refused' | 'credentials' | 'token' | 'platform' | 'busy' | 'http' | 'timeout' | 'connection' | 'tls' | 'malformed' | 'local' | 'other';

const BY_CODE: Record<string, ErrorMeaning> = {
  '4000': 'refused',
  '4300': 'refused',
  '4400': 'refused',
  '4100': 'credentials',
  '4200': 'token',
  '5000': 'platform',
  '5100': 'busy',
  platform_error: 'platform',
  busy: 'busy',
  http_status: 'http',
  timeout: 'timeout',
  connection: 'connection',
  tls: 'tls',
  malformed: 'malformed',
  LOCAL: 'local',
};

/** The meaning of a code the sync worker records: a platform code, `HTTP nnn`, a transport reason, or LOCAL. */
export function errorMeaning(code: string): ErrorMeaning {
  if (/^HTTP \d{3}$/.test(code)) return 'http';
  return BY_CODE[code] ?? 'other';
}
