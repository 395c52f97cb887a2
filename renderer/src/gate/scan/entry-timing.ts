// Pure (no DOM): was a code typed by a scanner or by a person? The check-in records it (the standard's authType).

/** A keyboard-wedge scanner or ID reader types a character every few milliseconds; no person types 16 characters at 40 ms each. */
const DEVICE_MAX_GAP_MS = 40;
const MIN_CHARACTERS = 6;

/**
 * `keyTimes`: when each character key went down, since the field was last empty. The median gap decides, so
 * one hiccup of a busy tablet does not turn a scan into typing. Pasted text (no keys) counts as typed by hand.
 */
export function entryFromKeyTimes(keyTimes: readonly number[]): 'device' | 'manual' {
  if (keyTimes.length < MIN_CHARACTERS) return 'manual';
  const gaps = keyTimes.slice(1).map((t, i) => t - (keyTimes[i] ?? t)).sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)] ?? Infinity;
  return median <= DEVICE_MAX_GAP_MS ? 'device' : 'manual';
}
