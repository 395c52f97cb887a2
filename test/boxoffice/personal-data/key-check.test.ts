import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readSetting } from '../../../db/settings';
import { createPersonalDataCipher } from '../../../electron/boxoffice/personal-data/cipher';
import { DataKeyMismatchError, verifyDataKey } from '../../../electron/boxoffice/personal-data/key-check';
import { memoryDb } from '../../helpers/memory-db';

test('the first key is recorded as a keyed hash; the same key passes, another is refused', () => {
  const db = memoryDb();
  const right = createPersonalDataCipher(randomBytes(32));
  verifyDataKey(db, right, 'test');
  const stored = readSetting(db, 'personal_data.key_check');
  assert.equal(typeof stored, 'string');
  verifyDataKey(db, right, 'test');
  assert.throws(() => verifyDataKey(db, createPersonalDataCipher(randomBytes(32)), 'the key file x.key'), (error: unknown) => error instanceof DataKeyMismatchError && /the key file x\.key/.test(error.message));
  assert.equal(readSetting(db, 'personal_data.key_check'), stored, 'the record is unchanged');
});

test('a database from before the check is judged by its first encrypted name, so a wrong key is never recorded', () => {
  const db = memoryDb();
  const key = randomBytes(32);
  const right = createPersonalDataCipher(key);
  db.prepare("INSERT INTO persons (id, name_enc, created_at) VALUES ('per_1', ?, 0)").run(right.encrypt('王芳', 'name'));
  assert.throws(() => verifyDataKey(db, createPersonalDataCipher(randomBytes(32)), 'test'), DataKeyMismatchError);
  assert.equal(readSetting(db, 'personal_data.key_check'), undefined);
  verifyDataKey(db, right, 'test');
  assert.equal(typeof readSetting(db, 'personal_data.key_check'), 'string');
});
