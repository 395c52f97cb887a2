import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createPersonalDataCipher } from '../../../electron/boxoffice/personal-data/cipher';

const key = randomBytes(32);
const cipher = createPersonalDataCipher(key);

test('names and ID numbers round-trip, including any Chinese text (GB 18030 range)', () => {
  for (const text of ['张三', '欧阳娜娜', '𠀀𪚥 Zoë', '110105194912310021']) assert.equal(cipher.decrypt(cipher.encrypt(text, 'name'), 'name'), text);
});

test('the same value encrypts differently each time and never contains the plaintext', () => {
  const a = cipher.encrypt('110105194912310021', 'id_number');
  const b = cipher.encrypt('110105194912310021', 'id_number');
  assert.notDeepEqual(a, b);
  assert.ok(!a.toString('latin1').includes('1101051949'));
});

test('a tampered value, another purpose or another key is refused', () => {
  const blob = cipher.encrypt('张三', 'name');
  const tampered = Buffer.from(blob);
  tampered[tampered.length - 1] = (tampered.at(-1) ?? 0) ^ 1;
  assert.throws(() => cipher.decrypt(tampered, 'name'));
  assert.throws(() => cipher.decrypt(blob, 'id_number'), 'a name cannot be read back as an ID number');
  assert.throws(() => createPersonalDataCipher(randomBytes(32)).decrypt(blob, 'name'));
  assert.throws(() => cipher.decrypt(Buffer.from('nonsense'), 'name'), /not a personal-data ciphertext/);
});

test('search hashes are stable, keyed and separated by purpose', () => {
  assert.equal(cipher.hash('1234', 'id_last4'), cipher.hash('1234', 'id_last4'));
  assert.notEqual(cipher.hash('1234', 'id_last4'), cipher.hash('1234', 'phone_last4'));
  assert.notEqual(cipher.hash('1234', 'id_last4'), createPersonalDataCipher(randomBytes(32)).hash('1234', 'id_last4'));
  assert.match(cipher.hash('1234', 'id_last4'), /^[A-Za-z0-9_-]{22}$/);
});

test('only a 32-byte key is accepted', () => {
  assert.throws(() => createPersonalDataCipher(randomBytes(16)), /32 bytes/);
});
