import type { Messages } from '../zh-CN';

/** gateManage: the manager's view of the gates, English. */
export const gateManage: Pick<Messages, 'gateManage'> = {
  gateManage: {
    holderNameTitle: 'Holder names at the gate',
    holderNameFull: 'Gate verdicts show the holder’s full name (masked by default)',
    holderNameHint: 'A full name helps check the ID by eye, but it is shown on every gate device and kept in its offline cache. Changes are audited.',
    holderNameOn: 'Gate verdicts will show holders’ full names',
    holderNameOff: 'Gate verdicts will show masked names only',
    conflictsTile: 'Entries to check',
    conflictsNote: 'double entries {{double}} · after refund {{refunded}}',
    conflictsLink: 'See the list',
    conflictsTable: 'Entries to check (found when offline gates uploaded)',
    kind: { double_entry: 'Double entry', refunded_admitted: 'Admitted after refund', exit_not_inside: 'Exit while not inside' },
    kindHeader: 'Kind',
    seat: 'Seat',
    code: 'Ticket code',
    first: 'Entry kept / refund',
    second: 'Entry flagged',
    platform: 'Platform',
    platformSecond: 'The platform holds the flagged entry’s time (check-ins cannot be corrected)',
    platformFirst: 'The entry kept',
  },
};
