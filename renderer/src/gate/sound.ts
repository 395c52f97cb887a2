/**
 * Verdict sounds made with Web Audio (no files to load): one high tone for valid, a falling pair
 * for already used, three low buzzes for refused, a rising pair when the holder's ID must be checked. Distinct by pitch and rhythm, so staff who
 * are not looking at the screen still know.
 */
import type { Tone } from './verdict/verdict-look';

export type { Tone };

let audio: AudioContext | null = null;

const PATTERNS: Record<Tone, { freq: number; start: number; length: number; type: OscillatorType }[]> = {
  valid: [{ freq: 1320, start: 0, length: 0.14, type: 'sine' }],
  used: [
    { freq: 880, start: 0, length: 0.14, type: 'triangle' },
    { freq: 660, start: 0.18, length: 0.2, type: 'triangle' },
  ],
  ask: [
    { freq: 660, start: 0, length: 0.12, type: 'sine' },
    { freq: 990, start: 0.15, length: 0.16, type: 'sine' },
  ],
  refused: [
    { freq: 220, start: 0, length: 0.12, type: 'square' },
    { freq: 220, start: 0.17, length: 0.12, type: 'square' },
    { freq: 220, start: 0.34, length: 0.2, type: 'square' },
  ],
};

export function playTone(tone: Tone): void {
  try {
    audio ??= new AudioContext();
    const ctx = audio;
    const now = ctx.currentTime;
    for (const note of PATTERNS[tone]) {
      const oscillator = ctx.createOscillator();
      const gain = ctx.createGain();
      oscillator.type = note.type;
      oscillator.frequency.value = note.freq;
      gain.gain.setValueAtTime(0.0001, now + note.start);
      gain.gain.exponentialRampToValueAtTime(0.25, now + note.start + 0.01);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + note.start + note.length);
      oscillator.connect(gain).connect(ctx.destination);
      oscillator.start(now + note.start);
      oscillator.stop(now + note.start + note.length + 0.02);
    }
  } catch {
    // No audio device (or autoplay refused before the first gesture): the screen still shows the verdict.
  }
}
