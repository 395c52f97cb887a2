// The reader loop over any byte stream pair (Web Serial's port in the browser; the simulator in tests): asks for
// a card every few hundred milliseconds, reads it once it is placed, and reports each card once until removed.
import { commandFrame, FrameParser, parseReadResponse, STATUS, statusOf, type CardText, type Command } from './sam-protocol';

export interface BytePort {
  readable: ReadableStream<Uint8Array>;
  writable: WritableStream<Uint8Array>;
}

export interface CardReaderOptions {
  onCard: (card: CardText) => void;
  /** Between polls when no card is on the reader. */
  pollMs?: number;
  /** Waits; tests pass one that resolves at once. */
  sleep?: (ms: number) => Promise<void>;
  /** How long to wait for an answer before asking again. */
  answerMs?: number;
}

/** Runs until `stop()`; resolves when stopped or the port closes. */
export function runCardReader(port: BytePort, options: CardReaderOptions): { stop: () => void; done: Promise<void> } {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const pollMs = options.pollMs ?? 300;
  const answerMs = options.answerMs ?? 1500;
  let stopped = false;
  const reader = port.readable.getReader();
  const writer = port.writable.getWriter();
  const parser = new FrameParser();
  const pending: Uint8Array[] = [];
  // Set by answer() while it waits; the pump calls it when a frame arrives (an object: set inside a callback).
  const waiting: { wake: (() => void) | null } = { wake: null };

  // One reading loop feeding whole frames to `answer()`.
  const pump = (async () => {
    while (!stopped) {
      const { value, done } = await reader.read();
      if (done) break;
      pending.push(...parser.push(value));
      waiting.wake?.();
    }
    stopped = true;
    waiting.wake?.();
  })();

  const answer = async (): Promise<Uint8Array | null> => {
    const deadline = Date.now() + answerMs;
    while (pending.length === 0 && !stopped && Date.now() < deadline) {
      await Promise.race([new Promise<void>((resolve) => (waiting.wake = resolve)), sleep(answerMs)]);
    }
    return pending.shift() ?? null;
  };

  const ask = async (command: Command) => {
    await writer.write(commandFrame(command));
    return answer();
  };

  let lastCard = '';
  const done = (async () => {
    while (!stopped) {
      const found = await ask('find');
      if (found && statusOf(found) === STATUS.found) {
        const selected = await ask('select');
        const read = selected && statusOf(selected) === STATUS.done ? await ask('read') : null;
        const card = read ? parseReadResponse(read) : null;
        // The card stays on the reader: report it once, not on every poll.
        if (card && card.idNumber !== lastCard) {
          lastCard = card.idNumber;
          options.onCard(card);
        }
      } else if (found) {
        lastCard = '';
      }
      await sleep(pollMs);
    }
    await pump.catch(() => undefined);
  })();

  return {
    stop: () => {
      stopped = true;
      void reader.cancel().catch(() => undefined);
      writer.releaseLock();
    },
    done,
  };
}
