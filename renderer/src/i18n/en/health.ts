import type { Messages } from '../zh-CN';

/** The core's health (disk, locks, unhandled errors), login locks, flagged changes and the backup key: English. */
export const health: Pick<Messages, 'health' | 'flagged' | 'unlock' | 'changePin' | 'backupKey'> = {
  health: {
    low: 'Low disk space: only {{free}} left on the disk of the box-office database. Free some space soon.',
    critical: 'Disk space critically low: only {{free}} left. Sales stop when it runs out; free space now.',
    full: 'The disk is full (since {{since}}): sales, refunds and check-ins cannot be saved and reporting is paused. {{free}} free. Everything resumes once space is freed.',
    busy: 'Another program is holding the box-office database (since {{since}}): writes fail for now and resume when it lets go. Close any database browser or backup tool.',
    unhandled: 'The core logged an unhandled error ({{time}}): {{message}}. It is still running; call support if this repeats.',
    unknownFree: 'unknown',
  },
  flagged: {
    title: "Refunds and reprints of another clerk's orders",
    hint: 'Refunds, reprints and exchanges done by someone other than the seller, for the manager to check.',
    none: "No refunds or reprints of another clerk's orders in this period.",
    kind: { refund: 'Refund', reprint: 'Reprint', exchange: 'Exchange' },
    at: 'Time',
    order: 'Order',
    soldBy: 'Sold by',
    changedBy: 'Done by',
    what: 'Kind',
    reason: 'Reason',
  },
  unlock: {
    button: 'Unlock login',
    done: 'The login locks of {{name}} are lifted.',
  },
  changePin: {
    title: 'Please change your manager PIN',
    explain: 'A manager can refund, see personal data and change the platform settings; 4 digits are too easy to guess. Set a new PIN of at least 6 digits (or a password of at least 8 characters).',
    current: 'Current PIN',
    next: 'New PIN (at least 6 digits)',
    again: 'New PIN again',
    mismatch: 'The two new PINs differ.',
    save: 'Change PIN',
  },
  backupKey: {
    title: 'The personal-data key in backups',
    explain: 'Backups never hold the key in clear. With a backup passphrase, the key goes beside each backup encrypted with it; restoring on a new PC asks for it. Keep the passphrase apart from the backups: it cannot be recovered.',
    set: 'A backup passphrase is set: new backups carry the encrypted key.',
    notSet: 'No backup passphrase: backups carry no key and can be restored only on this PC (or with its key file).',
    passphrase: 'Backup passphrase (at least 10 characters)',
    save: 'Set passphrase',
    clear: 'Remove passphrase',
    saved: 'The backup passphrase was updated.',
  },
};
