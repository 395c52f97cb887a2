/** A manager's PIN: at least this many digits (or a password of at least 8 characters). */
export const MANAGER_MIN_PIN_DIGITS = 6;

/**
 * Whether a secret is strong enough for a manager: a manager unlocks everything (refunds, platform secrets,
 * personal data), so 4 digits (10,000 guesses) are not enough for them. Clerks and gates keep 4.
 */
export function strongEnoughForManager(secret: string): boolean {
  return new RegExp(`^\\d{${MANAGER_MIN_PIN_DIGITS},12}$`).test(secret) || (!/^\d+$/.test(secret) && secret.length >= 8);
}

export const MANAGER_PIN_MESSAGE = `A manager's PIN has at least ${MANAGER_MIN_PIN_DIGITS} digits (or use a password of at least 8 characters).`;
