import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../db/open';
import { restoreCommand } from '../../../electron/cli/restore';
import { createPersonalDataCipher } from '../../../electron/boxoffice/personal-data/cipher';
import { verifyDataKey } from '../../../electron/boxoffice/personal-data/key-check';
import { wrapKey, unwrapKey, WrongPassphraseError } from '../../../electron/boxoffice/personal-data/key-wrap';
import type { BackupEntry } from '../../../electron/server/contract';
import { SYSTEM_ACTOR } from '../../../electron/server/auth/actor';
import { cookieOf, startTestCore } from '../../helpers/core-server';
import { residentId } from '../storage/sell-helper';
import { storePerson } from '../../../electron/boxoffice/personal-data/persons';

const PASSPHRASE = '星河大剧院 backup 2026';

test('the key wraps and unwraps only with its passphrase', () => {
  const key = Buffer.alloc(32, 7);
  const wrapped = wrapKey(key, PASSPHRASE);
  assert.ok(!JSON.stringify(wrapped).includes(key.toString('base64')));
  assert.deepEqual(unwrapKey(wrapped, PASSPHRASE), key);
  assert.throws(() => unwrapKey(wrapped, 'not the passphrase'), WrongPassphraseError);
});

test('with a passphrase, a backup carries the key wrapped (never in clear) and is restored on a new machine with it', async () => {
  const core = await startTestCore();
  const elsewhere = mkdtempSync(join(tmpdir(), 'bo-restore-'));
  try {
    const manager = cookieOf((await core.call('setup.createFirstManager', { username: 'boss', displayName: '王芳', secret: '864213' })).setCookie);
    const person = storePerson({ db: core.core.db, cipher: core.core.cipher, clock: core.core.clock, actor: { userId: null, username: 'boss', role: 'manager', address: null } }, { name: '张三', idType: 'resident_id', idNumber: residentId(7) });
    assert.equal((await core.call('backups.setPassphrase', { passphrase: 'short' }, manager)).status, 400, 'a short passphrase is refused');
    assert.equal((await core.call('backups.setPassphrase', { passphrase: PASSPHRASE }, manager)).status, 200);
    // The day's backup a core takes as it starts (most hours of the day) is over first: a backup asked for meanwhile is that one.
    await core.core.backups.run('daily', SYSTEM_ACTOR);
    const backup = (await core.call('backups.run', {}, manager)).json as BackupEntry;
    assert.equal(backup.withKey, true);
    const dir = core.core.backups.dir;
    const wrappedFile = join(dir, backup.name.replace(/\.db$/, '.key.json'));
    assert.equal(statSync(wrappedFile).mode & 0o777, 0o600);
    assert.equal(statSync(join(dir, backup.name)).mode & 0o777, 0o600, 'the backup itself is owner-only');
    const liveKey = readFileSync(`${core.dbFile}.key`);
    for (const name of readdirSync(dir)) assert.ok(!readFileSync(join(dir, name)).includes(liveKey), `${name} does not hold the key in clear`);

    const passphraseFile = join(elsewhere, 'passphrase.txt');
    const restoredDb = join(elsewhere, 'boxoffice.db');
    writeFileSync(passphraseFile, 'wrong passphrase\n');
    await assert.rejects(restoreCommand.run(['--backup', join(dir, backup.name), '--db', restoredDb, '--passphrase-file', passphraseFile]), WrongPassphraseError);
    assert.equal(existsSync(restoredDb), false, 'nothing was restored with a wrong passphrase');
    writeFileSync(passphraseFile, `${PASSPHRASE}\n`);
    assert.equal(await restoreCommand.run(['--backup', join(dir, backup.name), '--db', restoredDb, '--passphrase-file', passphraseFile]), 0);
    const key = readFileSync(`${restoredDb}.key`);
    assert.equal(statSync(`${restoredDb}.key`).mode & 0o777, 0o600);
    const { db } = openDatabase(restoredDb);
    try {
      const cipher = createPersonalDataCipher(key);
      verifyDataKey(db, cipher, 'the restored key');
      const row = db.prepare('SELECT id_number_enc FROM persons WHERE id = ?').get(person.personId) as { id_number_enc: Buffer };
      assert.equal(cipher.decrypt(row.id_number_enc, 'id_number'), residentId(7), 'the ID number reads back on the new machine');
    } finally {
      db.close();
    }
  } finally {
    await core.close();
    rmSync(elsewhere, { recursive: true, force: true });
  }
});

test('without a passphrase, a backup is restored where its key lives, and not elsewhere', async () => {
  const core = await startTestCore();
  const elsewhere = mkdtempSync(join(tmpdir(), 'bo-restore-'));
  try {
    const manager = cookieOf((await core.call('setup.createFirstManager', { username: 'boss', displayName: '王芳', secret: '864213' })).setCookie);
    // The day's backup a core takes as it starts (most hours of the day) is over first: a backup asked for meanwhile is that one.
    await core.core.backups.run('daily', SYSTEM_ACTOR);
    const backup = (await core.call('backups.run', {}, manager)).json as BackupEntry;
    assert.equal(backup.withKey, false);
    const file = join(core.core.backups.dir, backup.name);
    await assert.rejects(restoreCommand.run(['--backup', file, '--db', join(elsewhere, 'a.db')]), /no key file/);
    assert.equal(await restoreCommand.run(['--backup', file, '--db', join(elsewhere, 'b.db'), '--key', `${core.dbFile}.key`]), 0);
    const restored = await core.call('backups.restore', { name: backup.name, confirm: true }, manager);
    assert.equal(restored.status, 200, 'restored in place, with the live key');
  } finally {
    await core.close();
    rmSync(elsewhere, { recursive: true, force: true });
  }
});
