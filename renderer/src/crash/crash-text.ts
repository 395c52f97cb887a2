import i18next from 'i18next';
import { devices as zh } from '../i18n/zh-CN/devices';
import { devices as en } from '../i18n/en/devices';

export type CrashText = typeof zh.crash;

/** The crash page's words in the reader's language, even when i18next itself is what failed to start. */
export function crashText(): CrashText {
  if (i18next.isInitialized) return { title: i18next.t('crash.title'), what: i18next.t('crash.what'), todo: i18next.t('crash.todo'), reload: i18next.t('crash.reload') };
  let saved: string | null = null;
  try {
    saved = localStorage.getItem('boxoffice.language');
  } catch {
    // storage may be what is missing
  }
  return saved === 'en' ? en.crash : zh.crash;
}

/** One line saying what failed: the error's name and message, never a stack for the reader. */
export function describeFailure(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return typeof error === 'string' ? error : String(error);
}
