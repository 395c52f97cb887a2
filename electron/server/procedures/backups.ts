import type { backupProcedures } from '../contract/backups';
import { appendAudit } from '../../../db/audit';
import { readBackupSettings, writeBackupSettings } from '../backups/settings';
import type { Handlers } from './context';

export const backupHandlers: Handlers<keyof typeof backupProcedures> = {
  'backups.list': (_input, ctx) => ({ dir: ctx.core.backups.dir, settings: readBackupSettings(ctx.core.db), backups: ctx.core.backups.list(), passphraseSet: ctx.core.backups.passphraseSet }),
  'backups.setPassphrase': (input, ctx) => {
    ctx.core.backups.setPassphrase(input.passphrase, ctx.actor);
    return { passphraseSet: ctx.core.backups.passphraseSet };
  },
  'backups.run': (_input, ctx) => ctx.core.backups.run('manual', ctx.actor),
  'backups.saveSettings': (input, ctx) => {
    writeBackupSettings(ctx.core.db, input);
    appendAudit(ctx.core.db, { userId: ctx.actor.userId, username: ctx.actor.username, action: 'backup.settings', outcome: 'ok', detail: input, address: ctx.address });
    return readBackupSettings(ctx.core.db);
  },
  'backups.restore': async (input, ctx) => {
    const safetyCopy = await ctx.core.backups.restore(input.name, ctx.actor);
    ctx.core.events.publish('system.restored', { backup: input.name });
    return { safetyCopy };
  },
};
