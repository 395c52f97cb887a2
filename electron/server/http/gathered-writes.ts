// Writes to a long-lived stream gathered into fewer system calls while they keep coming (the event stream's frames).

/** How long frames that follow one just written are gathered before they go out together. */
export const GATHER_MS = 50;

/** A one-shot timer that can be cancelled (tests pass their own clock). */
export type GatherTimer = (ms: number, fire: () => void) => { cancel(): void };

const unrefTimer: GatherTimer = (ms, fire) => {
  const handle = setTimeout(fire, ms);
  handle.unref();
  return { cancel: () => clearTimeout(handle) };
};

export interface GatheredWriter {
  /** Writes `text` at once after a quiet spell, otherwise with the others at the end of the current window. */
  write(text: string): void;
  /** Characters waiting for the window's end. */
  readonly pendingLength: number;
  /** Writes what waits now and closes the window (the stream ends in order). */
  flush(): void;
  /** Drops what waits and the timer (the stream was cut off). */
  stop(): void;
}

/**
 * The first write after a quiet spell goes out at once; those that follow within `ms` are joined, in order, and go
 * out as one write at the window's end, and so on while they keep coming. Each write to a socket is a system call
 * that also runs the receiving side's loopback or network stack: a sale's seat changes written to 16 windows' streams
 * one by one cost the core's serving thread more than the sale's own answer. Nothing is reordered or merged: the
 * frames arrive as they were written, at most `ms` later.
 */
export function gatheredWriter(out: (text: string) => void, ms = GATHER_MS, timer: GatherTimer = unrefTimer): GatheredWriter {
  let pending = '';
  let window: { cancel(): void } | null = null;
  const endWindow = () => {
    if (pending === '') {
      window = null;
      return;
    }
    const text = pending;
    pending = '';
    window = timer(ms, endWindow);
    out(text);
  };
  return {
    write(text) {
      if (window) {
        pending += text;
        return;
      }
      window = timer(ms, endWindow);
      out(text);
    },
    get pendingLength() {
      return pending.length;
    },
    flush() {
      window?.cancel();
      window = null;
      const text = pending;
      pending = '';
      if (text !== '') out(text);
    },
    stop() {
      window?.cancel();
      window = null;
      pending = '';
    },
  };
}
