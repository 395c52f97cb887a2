import type { Messages } from '../zh-CN';

/** The X/Z report's lines beyond the takings: the person's reprints and the Z report's signature lines. */
export const shiftReport: Pick<Messages, 'shiftReport'> = {
  shiftReport: {
    reprints: 'Tickets reprinted',
    voided: 'of them lost (old code voided)',
    exchanges: 'E-tickets exchanged for paper',
    signClerk: 'Clerk’s signature',
    signManager: 'Checked by (manager)',
    signDate: 'Date',
  },
};
