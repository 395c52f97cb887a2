/** The colon-separated SHA-256 fingerprint, upper case, as the core prints it; null when the text is not one. */
export function normalizeFingerprint(text: string | null | undefined): string | null {
  const hex = (text ?? '').replace(/[^0-9a-f]/gi, '').toUpperCase();
  return hex.length === 64 ? (hex.match(/../g) ?? []).join(':') : null;
}
