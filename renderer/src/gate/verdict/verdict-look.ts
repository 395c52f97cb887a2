// Pure (no DOM): how each verdict looks and sounds, so the screen and its tests agree.
import type { Verdict } from '../../../../electron/server/contract';

/** The verdict sounds (gate/sound.ts plays them). */
export type Tone = 'valid' | 'used' | 'refused' | 'ask';

/** The five looks a gate screen can have: admit (green), used (amber), refuse (red), ask for ID (blue), and "not checked" (the core could not judge). */
export type Look = 'admit' | 'used' | 'refuse' | 'ask' | 'failed';

// A Record over every verdict: a new verdict in the domain fails the typecheck here until it has a look.
export const VERDICT_LOOK: Record<Verdict, Look> = {
  valid: 'admit',
  reentry: 'admit',
  id_required: 'ask',
  already_used: 'used',
  unknown: 'refuse',
  void: 'refuse',
  wrong_session: 'refuse',
  cancelled: 'refuse',
  refunded: 'refuse',
  not_open: 'refuse',
  closed: 'refuse',
  id_mismatch: 'refuse',
  holder_unbound: 'refuse',
  // A question for the gate, as "check the ID" is: the same document entered with another ticket.
  same_id_warning: 'ask',
  same_id_used: 'refuse',
  concession_age: 'refuse',
  still_inside: 'used',
  exit: 'admit',
  exit_final: 'admit',
  not_inside: 'refuse',
};

const TONES: Record<Look, Tone> = { admit: 'valid', used: 'used', refuse: 'refused', ask: 'ask', failed: 'refused' };

export const toneFor = (look: Look): Tone => TONES[look];

/** Instants more than 12 hours from now are shown with their date, so "19:02" never means yesterday's 19:02. */
export const needsDate = (at: number, now: number): boolean => Math.abs(now - at) > 12 * 3_600_000;

/**
 * How wide a word prints, in ems: a Chinese character is about one em, a Latin letter about 0.62. The verdict
 * word is sized by it, so 有效 fills the panel and 未到检票时间 still fits on one line.
 */
export function wordWidthEm(word: string): number {
  let width = 0;
  for (const char of word) width += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(char) ? 1 : 0.62;
  return width;
}

export const wordSize = (word: string): 'short' | 'medium' | 'long' => {
  const width = wordWidthEm(word);
  return width <= 3 ? 'short' : width <= 4.5 ? 'medium' : 'long';
};
