import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commandFrame, encodeTextBlock, frame, FrameParser, parseReadResponse, parseTextBlock, STATUS, statusOf, type CardText } from '../../electron/id-card/sam-protocol';
import { SamSimulator, simulatorPort } from '../../electron/id-card/sam-simulator';
import { runCardReader } from '../../electron/id-card/card-reader';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0').toUpperCase()).join(' ');

const CARD: CardText = {
  name: '欧阳春花',
  sex: '2',
  nation: '01',
  birth: '19880315',
  address: '上海市徐汇区漕溪北路 88 号',
  idNumber: '31010419880315123X',
  issuer: '上海市公安局徐汇分局',
  validFrom: '20200101',
  validTo: '20400101',
};

test('the command frames are the ones the readers document (checksum the XOR of length and body)', () => {
  assert.equal(hex(commandFrame('find')), 'AA AA AA 96 69 00 03 20 01 22');
  assert.equal(hex(commandFrame('select')), 'AA AA AA 96 69 00 03 20 02 21');
  assert.equal(hex(commandFrame('read')), 'AA AA AA 96 69 00 03 30 01 32');
});

test('frames are found in noise and in pieces; a wrong checksum is dropped', () => {
  const parser = new FrameParser();
  const good = frame([0, 0, STATUS.found, 0, 0, 0, 0]);
  const bad = frame([0, 0, STATUS.done]);
  bad[bad.length - 1] = (bad[bad.length - 1] ?? 0) ^ 0xff;
  const stream = new Uint8Array([0x01, 0xaa, ...bad, ...good]);
  const bodies = [...parser.push(stream.subarray(0, 6)), ...parser.push(stream.subarray(6, 15)), ...parser.push(stream.subarray(15))];
  assert.equal(bodies.length, 1);
  assert.equal(statusOf(bodies[0] ?? new Uint8Array()), STATUS.found);
});

test('the text block is UCS-2 in fixed fields: what is encoded reads back, padding trimmed', () => {
  const block = encodeTextBlock(CARD);
  assert.equal(block.length, 256);
  // 欧 is U+6B27: little-endian 27 6B at the start of the name field.
  assert.deepEqual([block[0], block[1]], [0x27, 0x6b]);
  assert.deepEqual(parseTextBlock(block), CARD);
});

test('the simulator answers find, select and read; a read response gives the card', () => {
  const simulator = new SamSimulator();
  const parser = new FrameParser();
  const ask = (command: 'find' | 'select' | 'read') => simulator.receive(commandFrame(command)).flatMap((bytes) => parser.push(bytes))[0] ?? new Uint8Array();
  assert.equal(statusOf(ask('find')), STATUS.noCard);
  simulator.place(CARD);
  assert.equal(statusOf(ask('find')), STATUS.found);
  assert.equal(parseReadResponse(ask('read')), null, 'no read before select');
  assert.equal(statusOf(ask('select')), STATUS.done);
  assert.deepEqual(parseReadResponse(ask('read')), CARD);
});

test('the reader loop reports a placed card once, and again only after it was taken away', async () => {
  const simulator = new SamSimulator();
  const cards: string[] = [];
  const sleep = () => new Promise<void>((resolve) => setImmediate(resolve));
  let reported: () => void = () => undefined;
  let next = new Promise<void>((resolve) => (reported = resolve));
  const reading = runCardReader(simulatorPort(simulator), {
    sleep,
    onCard: (card) => {
      cards.push(card.idNumber);
      reported();
      next = new Promise<void>((resolve) => (reported = resolve));
    },
  });
  simulator.place(CARD);
  await next;
  // Polls with the card still on the reader: no second report.
  for (let i = 0; i < 20; i++) await sleep();
  assert.deepEqual(cards, [CARD.idNumber]);
  simulator.place(null);
  for (let i = 0; i < 20; i++) await sleep();
  simulator.place(CARD);
  await next;
  assert.deepEqual(cards, [CARD.idNumber, CARD.idNumber]);
  reading.stop();
  await reading.done;
});
