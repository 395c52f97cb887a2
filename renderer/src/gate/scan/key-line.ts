// Pure (no DOM): what a keyboard-wedge scanner or ID reader sent, kept whole whichever field had the focus.
import { entryFromKeyTimes } from './entry-timing';

/** How a code or document reached the gate: a scanner or reader, or typed (the standard's authType). */
export type Entry = 'device' | 'manual';

/**
 * One send, as a field's submit reads it. The times are the key events' own stamps (when the keys came), not when
 * a busy tablet got round to them: a scanner's double send is a repeat however late the page handles it.
 */
export interface Typed {
  text: string;
  entry: Entry;
  /** When its first character came (its Enter when nothing was typed). */
  startedAt: number;
  /** When its Enter came (or the button was pressed). */
  endedAt: number;
}

// Keys that change nothing in a field; any other key that is not a character (Backspace, arrows, Tab…) means a
// person is editing, and then the field's own value is the truth.
const NEUTRAL = new Set(['Shift', 'CapsLock', 'Control', 'Alt', 'Meta', 'NumLock', 'Dead', 'Unidentified']);

/**
 * The characters typed since the last Enter, on the whole screen. A device types into whatever has the focus:
 * when a verdict replaces the ID form in the middle of a reader's second send, the head of that send went into
 * the form (or nowhere, while the focus moved) and only its tail reaches the scan field. The line still holds the
 * whole send, so the send is judged as sent: an echo of the ID, not an unknown ticket code.
 */
export class KeyLine {
  private text = '';
  private keyTimes: number[] = [];
  private endedAt: number | null = null;

  /** One key going down anywhere on the screen, at the event's time. */
  key(key: string, at: number, withCommand: boolean): void {
    if (key === 'Enter') {
      this.endedAt ??= at;
      return;
    }
    if (NEUTRAL.has(key)) return;
    if (key.length !== 1 || withCommand) return this.reset();
    // The first character after an Enter starts the next send.
    if (this.endedAt !== null) this.reset();
    this.text += key;
    this.keyTimes.push(at);
  }

  /**
   * What a field submits: its own `value`, or the whole line when the value is the line's tail (the head went
   * elsewhere). Forgets the line. `now` stands for the Enter when the field was submitted without one (a button).
   */
  take(value: string, now: number): Typed {
    const whole = this.text.endsWith(value);
    const endedAt = this.endedAt ?? now;
    const typed: Typed = {
      text: whole ? this.text : value,
      entry: whole ? entryFromKeyTimes(this.keyTimes) : 'manual',
      startedAt: whole ? (this.keyTimes[0] ?? endedAt) : endedAt,
      endedAt,
    };
    this.reset();
    return typed;
  }

  private reset(): void {
    this.text = '';
    this.keyTimes = [];
    this.endedAt = null;
  }
}
