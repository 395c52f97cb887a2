import type { Messages } from '../zh-CN';

/** gateExit: exit gates, re-entry and who is inside (issue 20), English. */
export const gateExit: Pick<Messages, 'gateExit'> = {
  gateExit: {
    word: { still_inside: 'INSIDE', exit: 'OUT', exit_final: 'OUT', not_inside: 'NOT IN' },
    action: { exit: 'Let out: may come back in', exit_final: 'Let out: no re-entry', refuse: 'No exit recorded' },
    reason: {
      still_inside: 'This ticket entered at {{time}} at {{gate}} and has not gone out: it must be scanned at an exit before it re-enters.',
      exit_final: 'This session allows no re-entry: tell the holder the ticket will not let them back in.',
      not_inside_never: 'This ticket has not entered: there is no exit to record.',
      not_inside_out: 'This ticket went out at {{time}} and has not entered again.',
      refunded: 'This ticket was refunded.',
    },
    direction: { label: 'Gate type', entry: 'Entrance', exit: 'Exit', exitBadge: 'EXIT' },
    scanHint: 'Exit: scan tickets going out; sessions allowing re-entry let them back in',
    conflict: {
      never: 'Exit while not inside: {{seat}} (code {{code}}) never entered; let out offline at {{gate}} {{time}}',
      out: 'Exit while not inside: {{seat}} (code {{code}}) went out at {{firstGate}} {{firstTime}}; let out again offline at {{gate}} {{time}}',
    },
    counters: { inside: 'Inside', out: 'Gone out' },
    presence: {
      title: 'Inside now, per session',
      session: 'Session',
      entered: 'Entered',
      inside: 'Inside',
      out: 'Gone out',
      none: 'No sessions in this period.',
      note: 'By each ticket’s last scan: entered and not gone out is inside.',
    },
  },
};
