import type { Messages } from '../zh-CN';

/** gateConcession: what the gate checks of a concession ticket (issue 20), English. */
export const gateConcession: Pick<Messages, 'gateConcession'> = {
  gateConcession: {
    ticketName: '{{name}} ticket',
    band: {
      gate: '{{ticket}} · check the {{name}} card',
      idAge: '{{ticket}} · check the ID ({{bounds}})',
      ageFits: '{{ticket}} · ID says {{age}}, fits',
    },
    bounds: { min: 'age {{min}}+', max: 'under {{max}}', both: 'age {{min}}–{{last}}' },
    rule: { min: 'at least {{min}} years old', max: 'under {{max}} years old', both: 'at least {{min}} and under {{max}} years old' },
    word: 'Concession refused',
    reason: 'A {{ticket}} requires the holder to be {{rule}}: this ID document gives {{age}} on the day of the show. Send the holder to the box office to pay the difference.',
  },
};
