// Browser-safe (no imports): the gate's verdicts, what each means, and whether it admits.

export const VERDICTS = {
  valid: { admits: true, message: 'Valid ticket: admit.' },
  reentry: { admits: true, message: 'Valid ticket, re-entry: admit.' },
  id_required: { admits: false, message: 'Real-name ticket: check the holder’s ID document before admitting.' },
  already_used: { admits: false, message: 'This ticket was already used.' },
  unknown: { admits: false, message: 'Unknown ticket code: this is not a ticket of this box office.' },
  void: { admits: false, message: 'This code was replaced by a reprinted ticket and is no longer valid.' },
  wrong_session: { admits: false, message: 'This ticket is for another session.' },
  cancelled: { admits: false, message: 'This session was cancelled.' },
  refunded: { admits: false, message: 'This ticket was refunded.' },
  not_open: { admits: false, message: 'Entry for this session has not opened yet.' },
  closed: { admits: false, message: 'Entry for this session has closed.' },
  id_mismatch: { admits: false, message: 'The ID document does not match the ticket holder.' },
  same_id_warning: { admits: false, message: 'This ID document already entered this session with another ticket: admit only if the gate agrees.' },
  same_id_used: { admits: false, message: 'Large performance: this ID document already entered this session with another ticket.' },
  holder_unbound: { admits: false, message: 'Held ticket of a large performance with no named holder bound by the deadline: it cannot be admitted.' },
  concession_age: { admits: false, message: 'Concession ticket: the ID document shown gives an age outside its price type.' },
  // Exits and re-entry (exit-rules.ts). "admits" at an exit: the holder may pass out through it.
  still_inside: { admits: false, message: 'This ticket is already inside: it must go out through an exit before it re-enters.' },
  exit: { admits: true, message: 'Going out: re-entry allowed.' },
  exit_final: { admits: true, message: 'Going out: this session allows no re-entry.' },
  not_inside: { admits: false, message: 'This ticket is not inside: it has not entered since its last exit.' },
} as const;

export type Verdict = keyof typeof VERDICTS;
