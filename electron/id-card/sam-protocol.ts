// Pure (no DOM): the serial frames of a resident-ID-card reader's security module (SAM), as these readers speak
// them over USB-serial at 115200 baud. A frame: the preamble AA AA AA 96 69, a 2-byte big-endian length of what
// follows, then the body and a 1-byte checksum (XOR of the length bytes and the body).
//   request body:  CMD PARA                 find card 20 01 · select card 20 02 · read text and photo 30 01
//   response body: SW1 SW2 SW3 [data]       00 00 9F found · 00 00 90 done · 00 00 80 no card · 00 00 81 select failed
// The read's data: the text block's length (2 bytes, big-endian, 256), the photo's (1024), then both blocks.
// The text block is UCS-2 little-endian in fixed fields: name 15 characters, sex 1 (code), nation 2 (code),
// birth 8 (YYYYMMDD), address 35, ID number 18, issuer 15, valid from 8, valid to 8 (or "长期"), 18 reserved.

export const PREAMBLE = [0xaa, 0xaa, 0xaa, 0x96, 0x69] as const;

export const COMMANDS = {
  find: [0x20, 0x01],
  select: [0x20, 0x02],
  read: [0x30, 0x01],
} as const;
export type Command = keyof typeof COMMANDS;

export const STATUS = { found: 0x9f, done: 0x90, noCard: 0x80, selectFailed: 0x81 } as const;

/** The card's text fields, as printed on it (sex and nation as the card's codes). */
export interface CardText {
  name: string;
  sex: string;
  nation: string;
  birth: string;
  address: string;
  idNumber: string;
  issuer: string;
  validFrom: string;
  validTo: string;
}

/** Field lengths in characters, in the order of the text block. */
export const TEXT_FIELDS: readonly [keyof CardText | 'reserved', number][] = [
  ['name', 15],
  ['sex', 1],
  ['nation', 2],
  ['birth', 8],
  ['address', 35],
  ['idNumber', 18],
  ['issuer', 15],
  ['validFrom', 8],
  ['validTo', 8],
  ['reserved', 18],
];
export const TEXT_BYTES = 256;

const xor = (bytes: ArrayLike<number>): number => {
  let sum = 0;
  for (let i = 0; i < bytes.length; i++) sum ^= bytes[i] ?? 0;
  return sum;
};

/** A whole frame around a body (request or response). */
export function frame(body: ArrayLike<number>): Uint8Array {
  const length = body.length + 1;
  const out = new Uint8Array(PREAMBLE.length + 2 + length);
  out.set(PREAMBLE, 0);
  out[5] = length >> 8;
  out[6] = length & 0xff;
  out.set(Array.from(body), 7);
  out[out.length - 1] = xor(out.subarray(5, out.length - 1));
  return out;
}

export const commandFrame = (command: Command): Uint8Array => frame(COMMANDS[command]);

/**
 * Collects bytes as they arrive (a serial port hands them over in any pieces) and gives back each whole frame's
 * body. Noise before a preamble and frames with a wrong checksum are dropped.
 */
export class FrameParser {
  private buffer = new Uint8Array(0);

  push(chunk: Uint8Array): Uint8Array[] {
    const joined = new Uint8Array(this.buffer.length + chunk.length);
    joined.set(this.buffer, 0);
    joined.set(chunk, this.buffer.length);
    this.buffer = joined;
    const bodies: Uint8Array[] = [];
    for (;;) {
      const start = this.findPreamble();
      if (start < 0) {
        // Keep a possible partial preamble at the end.
        this.buffer = this.buffer.slice(Math.max(0, this.buffer.length - (PREAMBLE.length - 1)));
        return bodies;
      }
      if (start > 0) this.buffer = this.buffer.slice(start);
      if (this.buffer.length < 7) return bodies;
      const length = ((this.buffer[5] ?? 0) << 8) | (this.buffer[6] ?? 0);
      if (this.buffer.length < 7 + length) return bodies;
      const whole = this.buffer.subarray(5, 7 + length);
      const body = this.buffer.slice(7, 7 + length - 1);
      if (length >= 1 && xor(whole.subarray(0, whole.length - 1)) === whole[whole.length - 1]) bodies.push(body);
      this.buffer = this.buffer.slice(7 + length);
    }
  }

  private findPreamble(): number {
    outer: for (let i = 0; i + PREAMBLE.length <= this.buffer.length; i++) {
      for (let j = 0; j < PREAMBLE.length; j++) if (this.buffer[i + j] !== PREAMBLE[j]) continue outer;
      return i;
    }
    return -1;
  }
}

/** The response's status byte (SW3). */
export const statusOf = (body: Uint8Array): number => body[2] ?? -1;

/** The text block's fields; padding spaces trimmed. */
export function parseTextBlock(block: Uint8Array): CardText {
  const text: Record<string, string> = {};
  let offset = 0;
  for (const [field, chars] of TEXT_FIELDS) {
    let value = '';
    for (let i = 0; i < chars; i++) {
      const code = (block[offset + 2 * i] ?? 0) | ((block[offset + 2 * i + 1] ?? 0) << 8);
      // Some readers pad with NUL instead of spaces: the field ends there.
      if (code === 0) break;
      value += String.fromCharCode(code);
    }
    text[field] = value.trim();
    offset += 2 * chars;
  }
  return { name: text.name ?? '', sex: text.sex ?? '', nation: text.nation ?? '', birth: text.birth ?? '', address: text.address ?? '', idNumber: text.idNumber ?? '', issuer: text.issuer ?? '', validFrom: text.validFrom ?? '', validTo: text.validTo ?? '' };
}

/** A read response's card text, or null when it is not a successful read. */
export function parseReadResponse(body: Uint8Array): CardText | null {
  if (statusOf(body) !== STATUS.done || body.length < 7 + TEXT_BYTES) return null;
  const textLength = ((body[3] ?? 0) << 8) | (body[4] ?? 0);
  if (textLength !== TEXT_BYTES) return null;
  return parseTextBlock(body.subarray(7, 7 + TEXT_BYTES));
}

/** The text block of a card (UCS-2 little-endian, fields padded with spaces): what a reader sends, for the simulator. */
export function encodeTextBlock(card: CardText): Uint8Array {
  const block = new Uint8Array(TEXT_BYTES);
  let offset = 0;
  for (const [field, chars] of TEXT_FIELDS) {
    const value = (field === 'reserved' ? '' : card[field]).padEnd(chars, ' ').slice(0, chars);
    for (let i = 0; i < chars; i++) {
      const code = value.charCodeAt(i);
      block[offset + 2 * i] = code & 0xff;
      block[offset + 2 * i + 1] = code >> 8;
    }
    offset += 2 * chars;
  }
  return block;
}
