import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { startTestCore, cookieOf } from '../../helpers/core-server';
import { queryAudit } from '../../../db/audit';
import { writeBackupSettings } from '../../../electron/server/backups/settings';
import { BackupService } from '../../../electron/server/backups/backup-service';
import { SYSTEM_ACTOR } from '../../../electron/server/auth/actor';
import type { BackupEntry, UserSummary } from '../../../electron/server/contract';

test('a manual backup, then a restore that brings back the earlier state after a safety copy', async () => {
  const core = await startTestCore();
  try {
    const manager = cookieOf((await core.call('setup.createFirstManager', { username: 'boss', displayName: '王芳', secret: '864200' })).setCookie);
    // A core takes the day's backup as it starts once the day's time is past (most hours of the day), and a backup
    // asked for while one runs is that one: awaited here (or taken), so the manager's backup below is its own.
    await core.core.backups.run('daily', SYSTEM_ACTOR);
    const backup = (await core.call('backups.run', {}, manager)).json as BackupEntry;
    assert.match(backup.name, /^boxoffice-\d{8}-\d{6}-manual\.db$/);
    assert.ok(backup.bytes > 0);
    assert.equal(backup.withKey, false, 'without a passphrase, backups carry no key');
    assert.deepEqual(readdirSync(core.core.backups.dir).filter((name) => name.includes('.key')), [], 'no key file in the backups folder');

    assert.equal((await core.call('users.create', { username: 'later', displayName: '后来者', role: 'clerk', secret: '2468' }, manager)).status, 200);
    assert.equal(((await core.call('users.list', {}, manager)).json as UserSummary[]).length, 2);

    assert.equal((await core.call('backups.restore', { name: backup.name, confirm: false }, manager)).status, 400, 'a restore must be confirmed');
    assert.equal((await core.call('backups.restore', { name: 'nothing.db', confirm: true }, manager)).status, 404);
    const restored = await core.call('backups.restore', { name: backup.name, confirm: true }, manager);
    assert.equal(restored.status, 200, JSON.stringify(restored.json));
    const safety = (restored.json as { safetyCopy: BackupEntry }).safetyCopy;
    assert.equal(safety.kind, 'before-restore');

    const users = (await core.call('users.list', {}, manager)).json as UserSummary[];
    assert.deepEqual(users.map((u) => u.username), ['boss'], 'the user created after the backup is gone');
    assert.equal(queryAudit(core.core.db, { action: 'backup.restore' }).length, 1);
    assert.equal(core.core.db.pragma('integrity_check', { simple: true }), 'ok');
  } finally {
    await core.close();
  }
});

test('a backup made with another personal-data key is refused and nothing changes', async () => {
  const core = await startTestCore();
  try {
    const manager = cookieOf((await core.call('setup.createFirstManager', { username: 'boss', displayName: '王芳', secret: '864200' })).setCookie);
    const backup = (await core.call('backups.run', {}, manager)).json as BackupEntry;
    writeFileSync(join(core.core.backups.dir, backup.name.replace(/\.db$/, '.key')), randomBytes(32));
    const refused = await core.call('backups.restore', { name: backup.name, confirm: true }, manager);
    assert.equal(refused.status, 409);
    assert.match((refused.json as { message: string }).message, /another personal-data key/);
  } finally {
    await core.close();
  }
});

test('the daily backup runs once a day after its time, and only the newest are kept', async () => {
  const core = await startTestCore();
  try {
    writeBackupSettings(core.core.db, { dailyAt: '00:00', keep: 2 });
    let now = Date.UTC(2026, 10, 28, 2, 0);
    const service = new BackupService({ db: core.core.db, dbFile: core.dbFile, keyFile: null, dir: join(core.dir, 'daily'), clock: () => now });
    service.startSchedule(SYSTEM_ACTOR);
    service.stop();
    await service.idle();
    assert.equal(service.list().filter((e) => e.kind === 'daily').length, 1);
    for (let day = 1; day <= 3; day++) {
      now += 86_400_000;
      await service.run('daily', SYSTEM_ACTOR);
    }
    assert.equal(service.list().length, 2, 'keep: 2');
    assert.ok(existsSync(join(core.dir, 'daily')));
  } finally {
    await core.close();
  }
});

test('backups are for managers only', async () => {
  const core = await startTestCore();
  try {
    assert.equal((await core.call('backups.list', {})).status, 401);
  } finally {
    await core.close();
  }
});
