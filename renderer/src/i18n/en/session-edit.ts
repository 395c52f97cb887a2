import type { Messages } from '../zh-CN';

/** Editing a session's name, times and hall in the manage screens; a live session's change is confirmed in words. */
export const sessionEdit: Pick<Messages, 'sessionEdit'> = {
  sessionEdit: {
    open: 'Edit',
    title: 'Edit session {{name}}',
    hallLocked: 'Tickets were generated: the hall can no longer change (they were made from its seats).',
    reported: 'The change is reported to the platform (session update).',
    save: 'Save changes',
    back: 'Back to the form',
    close: 'Close',
    saved: 'Session {{name}} changed; the change will be reported.',
    nothingChanged: 'Nothing was changed.',
    liveTitle: 'This session is on sale',
    liveSold: '{{count}} tickets are sold. They show the old details: tell the buyers.',
    liveOnSale: 'It is on sale now; nothing is sold yet.',
    liveChanges: 'What changes:',
    change: '{{field}}: {{from}} → {{to}}',
    confirm: 'Confirm and report the change',
    yes: 'yes',
    no: 'no',
  },
};
