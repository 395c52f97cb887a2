import type { Messages } from '../zh-CN';

/** gateId: the real-name check at the gate (the card in hand, the reader), English. */
export const gateId: Pick<Messages, 'gateId'> = {
  gateId: {
    last4: 'ID ends {{last4}}',
    mismatchRetry: 'Does not match the ticket’s document. The number is selected: type or place the card again to replace it, Esc to give up.',
    idInTicketField: 'That is an ID number, not a ticket code: checked as entry by ID document.',
    reader: {
      connect: 'Connect ID card reader',
      connected: 'Reader connected: place the card to check',
      unsupported: 'This browser cannot reach a serial reader: use a keyboard-type reader, or open in Chrome/Edge',
      failed: 'Reader failed: {{message}}',
      read: 'Card read: {{name}}, ID ends {{last4}}',
    },
  },
};
