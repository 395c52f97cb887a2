import type { Messages } from '../zh-CN';

/** The first-run checklist: the setup in order, what is done, and the next step. */
export const checklist: Pick<Messages, 'checklist'> = {
  checklist: {
    title: 'Setup checklist',
    intro: 'Do these steps in order and you are ready to sell. Done steps are ticked; the next one has a button that goes there.',
    ready: 'Setup is complete: ready to sell.',
    open: 'Open',
    doneMark: 'done',
    todoMark: 'not done',
    steps: {
      venue: { title: '1. Venue', todo: 'Register the venue’s name, address and region.', done: '{{count}} venues.', go: 'Register the venue' },
      hall: { title: '2. Hall and seat layout', todo: 'Add a hall; import the seat layout (CSV) of a seated hall.', done: '{{count}} halls ready to sell.', go: 'Add a hall' },
      platform: { title: '3. Reporting platform', todo: 'Test the platform connection and download the performance types (the built-in sandbox while training).', done: '{{count}} performance types downloaded.', go: 'Set up the platform' },
      performance: { title: '4. Performance', todo: 'Register the performance, its approval number and real-name rules.', done: '{{count}} performances.', go: 'Add a performance' },
      session: { title: '5. Sessions and prices', todo: 'Add sessions and their price tiers.', done: '{{count}} sessions.', go: 'Add a session' },
      tickets: { title: '6. Tickets', todo: 'Generate the tickets of a session (seats to price tiers).', done: '{{count}} sessions have tickets.', go: 'Generate tickets' },
      users: { title: '7. Clerks and gate staff', todo: 'Create accounts for clerks and gate staff.', done: '{{count}} clerk or gate accounts.', go: 'Create accounts' },
    },
  },
};
