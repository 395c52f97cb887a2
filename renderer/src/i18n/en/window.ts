import type { windowText as zh } from '../zh-CN/window';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** window: the box-office window on a busy evening (recent orders, why an action is unavailable), English. */
export const windowText: Widen<typeof zh> = {
  window: {
    cartEmptyUnseated: 'No tickets yet. Type how many of each tier on the left (F6).',
    recent: {
      title: 'Latest orders of this shift',
      titleNoShift: 'Your orders of the last 12 hours',
      empty: 'No orders in this shift yet. Scan a ticket code or type an order number to find others.',
      refresh: 'Refresh',
    },
    best: {
      anyPrice: 'Any price (best in the house)',
      accessible: 'Wheelchair',
      accessibleHint: 'How many of them are wheelchair places; with 0 those places are kept for people who need them',
    },
    tiers: {
      preview: 'Preview (with the rules as typed)',
      ruleMatches: '{{count}} seats',
      ruleNone: '⚠ matches no seat',
      tierSeats: '{{name}}: {{count}} seats',
      tierEmpty: '⚠ {{name}}: 0 seats',
      unassigned: '{{count}} seats have no tier and are not sold in this session',
      problemRule: 'Rule {{n}} matches no seat: correct or remove it',
      problemTier: 'Tier “{{name}}” has no seats: paint seats for it on the map or give it seats with a rule',
    },
    sync: {
      nextTry: 'next try in {{seconds}} s',
      tryingNow: 'trying now',
      waitingFor: 'Waiting for the platform: {{reason}}',
      cancel: 'Stop waiting',
    },
    why: {
      pick: 'Tick the tickets to act on first',
      admitted: 'A ticket already used at the gate cannot be refunded: ask a manager',
      refunded: 'A refunded ticket cannot be changed',
      notElectronic: 'Only e-tickets can be exchanged for paper',
    },
  },
};
