import type { Messages } from '../zh-CN';

/** saleOneId: one ticket per ID document per session, English. */
export const saleOneId: Pick<Messages, 'saleOneId'> = {
  saleOneId: {
    alreadyHolds: 'ID {{idNumber}} already holds a ticket for this session: this performance sells one ticket per ID per session.',
    twiceInSale: 'ID {{idNumber}} is given for {{requested}} tickets of this sale: this performance sells one ticket per ID per session. Enter each holder’s own ID.',
    setting: 'One ticket per ID per session',
    settingHint: 'An ID document may buy only one ticket of a session (on by default for one ticket, one ID)',
    on: 'One ticket per ID per session is on',
    off: 'One ticket per ID per session is off',
  },
};
