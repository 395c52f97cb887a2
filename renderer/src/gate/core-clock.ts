// Pure: the gate's "now" is the core's, whatever this device's own clock says.

/**
 * This device's clock, corrected to the core's, in whole milliseconds: the offset is a midpoint estimate (a
 * fraction), and the core takes times as integers (a fraction sent to sessions.list was refused as VALIDATION).
 */
export const coreNow = (state: { clockOffset: number }): number => Math.round(Date.now() + state.clockOffset);
