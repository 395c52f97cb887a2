// Pure (no DOM): a resident-ID-card reader that answers the SAM frames (sam-protocol.ts) as a real one does, for
// the tests and for trying the gate without hardware. Place a card, take it away; it answers find, select, read.
import { COMMANDS, encodeTextBlock, frame, FrameParser, STATUS, TEXT_BYTES, type CardText } from './sam-protocol';

const PHOTO_BYTES = 1024;

export class SamSimulator {
  private card: CardText | null = null;
  private selected = false;
  private readonly parser = new FrameParser();

  place(card: CardText | null): void {
    this.card = card;
    this.selected = false;
  }

  /** The reader's answer to the bytes it was sent (any piece of frames), as the bytes it sends back. */
  receive(bytes: Uint8Array): Uint8Array[] {
    return this.parser.push(bytes).map((body) => this.answer(body));
  }

  private answer(body: Uint8Array): Uint8Array {
    const is = (command: readonly number[]) => body[0] === command[0] && body[1] === command[1];
    if (is(COMMANDS.find)) return this.card ? frame([0, 0, STATUS.found, 0, 0, 0, 0]) : frame([0, 0, STATUS.noCard]);
    if (is(COMMANDS.select)) {
      if (!this.card) return frame([0, 0, STATUS.selectFailed]);
      this.selected = true;
      return frame([0, 0, STATUS.done, 0, 0, 0, 0, 0, 0, 0, 0]);
    }
    if (is(COMMANDS.read) && this.card && this.selected) {
      const body = new Uint8Array(7 + TEXT_BYTES + PHOTO_BYTES);
      body.set([0, 0, STATUS.done, TEXT_BYTES >> 8, TEXT_BYTES & 0xff, PHOTO_BYTES >> 8, PHOTO_BYTES & 0xff], 0);
      body.set(encodeTextBlock(this.card), 7);
      return frame(body);
    }
    return frame([0, 0, STATUS.noCard]);
  }
}

/**
 * A serial port's two streams wired to a simulator: what the gate writes reaches the reader, and its answers come
 * back cut in two pieces (a real port hands bytes over in any pieces).
 */
export function simulatorPort(simulator: SamSimulator): { readable: ReadableStream<Uint8Array>; writable: WritableStream<Uint8Array> } {
  let answers: ReadableStreamDefaultController<Uint8Array> | null = null;
  const readable = new ReadableStream<Uint8Array>({
    start: (controller) => {
      answers = controller;
    },
  });
  const writable = new WritableStream<Uint8Array>({
    write: (chunk) => {
      for (const out of simulator.receive(chunk)) {
        answers?.enqueue(out.slice(0, 9));
        answers?.enqueue(out.slice(9));
      }
    },
  });
  return { readable, writable };
}
