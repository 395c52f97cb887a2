import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeyLine } from '../../../../renderer/src/gate/scan/key-line';

/** A device's send: each character 5 ms apart from `at`, then Enter. Returns the time of the Enter. */
function send(line: KeyLine, text: string, at: number, gap = 5): number {
  for (const [i, char] of Array.from(text).entries()) line.key(char, at + i * gap, false);
  const enter = at + text.length * gap;
  line.key('Enter', enter, false);
  return enter;
}

test('a scanner’s send is read as typed, by a device, with the times its keys came', () => {
  const line = new KeyLine();
  const enter = send(line, 'T7K29QX4', 1000);
  assert.deepEqual(line.take('T7K29QX4', 9999), { text: 'T7K29QX4', entry: 'device', startedAt: 1000, endedAt: enter });
});

test('a send whose head went into another field (or nowhere) is read whole from the field that got its tail', () => {
  const line = new KeyLine();
  send(line, '11010519800101001X', 1000);
  // The field the verdict brought up holds only the last characters; the line holds all 18.
  const typed = line.take('0101001X', 9999);
  assert.equal(typed.text, '11010519800101001X');
  assert.equal(typed.startedAt, 1000);
  assert.equal(typed.entry, 'device');
});

test('a value that is not the line’s tail is the field’s own (pasted, or edited by a person)', () => {
  const line = new KeyLine();
  for (const [i, char] of Array.from('ABCX').entries()) line.key(char, 1000 + i * 200, false);
  line.key('Backspace', 1900, false);
  line.key('D', 2100, false);
  line.key('Enter', 2300, false);
  assert.deepEqual(line.take('ABCD', 9999), { text: 'ABCD', entry: 'manual', startedAt: 2300, endedAt: 2300 });
  assert.deepEqual(line.take('PASTED', 5000), { text: 'PASTED', entry: 'manual', startedAt: 5000, endedAt: 5000 });
});

test('each send is its own line; Shift changes nothing; a shortcut is not typing', () => {
  const line = new KeyLine();
  send(line, 'FIRST1', 1000);
  line.key('Shift', 1100, false);
  send(line, 'SECOND', 1105);
  assert.equal(line.take('SECOND', 9999).text, 'SECOND');
  line.key('a', 2000, true);
  line.key('Enter', 2010, false);
  assert.equal(line.take('', 9999).text, '');
});

test('submitted without Enter (the button), the send ends now', () => {
  const line = new KeyLine();
  line.key('A', 1000, false);
  assert.deepEqual(line.take('A', 1500), { text: 'A', entry: 'manual', startedAt: 1000, endedAt: 1500 });
});
