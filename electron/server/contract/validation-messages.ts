/**
 * Messages of custom checks in the contract's schemas, in both languages. A schema's message is
 * written `v:<key>`; the core reports the English text and the UI shows the user's language.
 */
export const VALIDATION_MESSAGES = {
  pinFormat: { 'zh-CN': '须为 4–12 位数字的 PIN 码，或至少 8 个字符的密码', en: 'must be a PIN of 4–12 digits or a password of at least 8 characters' },
  managerPinFormat: { 'zh-CN': '经理须用 6–12 位数字的 PIN 码，或至少 8 个字符的密码', en: "must be a manager's PIN of 6–12 digits or a password of at least 8 characters" },
  usernameChars: { 'zh-CN': '只能包含字母、数字、点、短横线和下划线', en: 'may contain only letters, digits, dot, dash and underscore' },
} as const;

export type ValidationKey = keyof typeof VALIDATION_MESSAGES;
export type ValidationLanguage = 'zh-CN' | 'en';

/** The message to put in a schema for a custom check. */
export const v = (key: ValidationKey): string => `v:${key}`;

/** Resolves a `v:<key>` message to words; any other message is returned as it is. */
export function validationText(message: string, language: ValidationLanguage): string {
  if (!message.startsWith('v:')) return message;
  const key = message.slice(2);
  return Object.hasOwn(VALIDATION_MESSAGES, key) ? VALIDATION_MESSAGES[key as ValidationKey][language] : message;
}
