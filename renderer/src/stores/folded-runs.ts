/**
 * A job run one at a time: calls while it runs are folded into one more run after it (at most `gapMs` after the
 * last one started). The gate's counters and its cache are refreshed this way on every verdict and timer tick.
 */
export function foldedRuns(work: () => Promise<void>, gapMs = 0): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  // Read through a call: `again` is set by other callers while this one awaits, which flow analysis cannot see.
  const wantedAgain = () => again;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        const started = Date.now();
        await work();
        if (wantedAgain() && gapMs > 0) await new Promise((resolve) => setTimeout(resolve, Math.max(0, gapMs - (Date.now() - started))));
      } while (wantedAgain());
      running = null;
    })();
    return running;
  };
}
