// The desktop shell's reader path end to end in Node: the `serialport` package opens one end of a pseudo-terminal
// pair (socat), the app's SAM simulator answers on the other end through serialport too, and the same reader loop
// the browser runs reads the card placed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { SerialPort } from 'serialport';
import { SamSimulator } from '../../electron/id-card/sam-simulator';
import { runCardReader } from '../../electron/id-card/card-reader';
import type { CardText } from '../../electron/id-card/sam-protocol';
import { serialportBackend } from '../../electron/shell/id-card-serial';

const CARD: CardText = {
  name: '欧阳娜娜',
  sex: '2',
  nation: '01',
  birth: '19880808',
  address: '北京市东城区景山前街4号',
  idNumber: '11010119880808317X',
  issuer: '北京市公安局东城分局',
  validFrom: '20200101',
  validTo: '20400101',
};

const socat = spawnSync('socat', ['-V']).status === 0;

test('the shell reads a card through serialport on a pseudo-terminal pair, with the simulator at the other end', { skip: socat ? false : 'socat is not installed (apt-get install socat)' }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'gate2-pty-'));
  const [readerEnd, gateEnd] = [join(dir, 'reader'), join(dir, 'gate')];
  const pair = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${readerEnd}`, `pty,raw,echo=0,link=${gateEnd}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  t.after(() => {
    pair.kill();
    rmSync(dir, { recursive: true, force: true });
  });
  // socat says when both ends exist.
  let said = '';
  pair.stderr.on('data', (chunk: Buffer) => (said += chunk.toString()));
  while (!said.includes('starting data transfer loop')) await once(pair.stderr, 'data');
  assert.ok(existsSync(readerEnd) && existsSync(gateEnd));

  // The reader: the simulator answering whatever arrives, through serialport like any device.
  const simulator = new SamSimulator();
  const device = new SerialPort({ path: readerEnd, baudRate: 115_200 });
  await once(device, 'open');
  device.on('data', (chunk: Buffer) => {
    for (const answer of simulator.receive(new Uint8Array(chunk))) device.write(Buffer.from(answer));
  });
  t.after(() => device.close());

  const link = await (await serialportBackend()).open(gateEnd);
  const cards: CardText[] = [];
  let seen: (() => void) | null = null;
  const reading = runCardReader(link, { pollMs: 5, onCard: (card) => (cards.push(card), seen?.()) });
  simulator.place(CARD);
  await new Promise<void>((resolve) => (seen = resolve));
  assert.deepEqual(cards, [CARD], 'the card once, every field');
  reading.stop();
  await reading.done;
  await link.close();
});
