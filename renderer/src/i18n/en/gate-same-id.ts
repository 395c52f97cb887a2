import type { Messages } from '../zh-CN';

/** gateSameId: one ID document, two tickets of one session, English. */
export const gateSameId: Pick<Messages, 'gateSameId'> = {
  gateSameId: {
    entered: 'This ID document entered at {{time}} at {{gate}}',
    warning: 'The same ID document holds another ticket of this session. Check, then admit if right.',
    refused: 'Large performance: one ID document enters a session once. Do not admit again.',
    allow: 'Admit anyway',
    allowKey: 'Enter',
  },
};
