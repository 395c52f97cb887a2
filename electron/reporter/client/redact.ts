// Secrets that must never reach a log line, whatever the log is for.
const SECRET_KEYS = new Set(['accesstoken', 'secret', 'appsecret', 'password', 'token']);

export const REDACTED = '[redacted]';

/** A deep copy of a JSON value with every secret-named property replaced, and known secrets blanked inside strings. */
export function redactJson(value: unknown, secrets: readonly (string | undefined)[] = []): unknown {
  if (typeof value === 'string') return secrets.length ? redactText(value, secrets) : value;
  if (Array.isArray(value)) return value.map((item) => redactJson(item, secrets));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      out[key] = SECRET_KEYS.has(key.toLowerCase()) && inner !== null && inner !== undefined ? REDACTED : redactJson(inner, secrets);
    }
    return out;
  }
  return value;
}

/** Replaces every occurrence of the given secrets in free text (an echoed body, an error message, a query string). */
export function redactText(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text.replace(/([?&](?:accessToken|secret)=)[^&#\s]*/gi, `$1${REDACTED}`);
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  return out;
}
