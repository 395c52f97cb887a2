import type { Messages } from '../zh-CN';

/** golive: going live from the sandbox to the real platform, English. */
export const golive: Pick<Messages, 'golive'> = {
  golive: {
    trainingMark: 'SPECIMEN · TRAINING (sandbox data, not valid for entry)',
    trainingReportMark: 'TRAINING · sandbox data, not part of the books',
    trainingReport: 'Training mode: reports go to the built-in sandbox; the figures below are training data, not part of the books.',
    choiceTitle: 'Going live: what happens to the sandbox data?',
    choiceExplain: 'This data carries codes or deliveries of {{from}}. A code belongs to the platform that issued it and is never sent to {{to}}. Choose one; nothing changes until you confirm:',
    setup: 'The setup is kept: {{venues}} venue(s), {{halls}} hall(s), {{sessions}} session(s) of {{performances}} performance(s) will be registered with the new platform.',
    discardTitle: 'Discard training (the usual choice after training)',
    discardExplain: '{{orders}} order(s), {{refunds}} refund(s), {{checkIns}} check-in(s) and {{shifts}} shift(s) move to the training archive (still exportable), {{seats}} seat(s) go back on sale; the new platform receives the setup only.',
    keepTitle: 'Keep sales (the sales were real)',
    keepExplain: 'Every order, refund and check-in is sent to the new platform again, in order, so that it ends with the same books as the venue.',
    needsType: '{{count}} performance(s) use a type the new platform does not list: after switching, pick one under "Performances needing a type"; until then they are not reported.',
    confirm: 'Switch',
    cancel: 'Cancel',
    done: 'Switched to {{to}}: {{archived}} outbox record(s) archived as {{from}}\'s, {{codes}} platform code(s) cleared.',
    doneDiscard: '{{orders}} training order(s) archived, {{seats}} seat(s) back on sale.',
    doneKeep: '{{events}} order, refund and check-in record(s) will be sent to the new platform.',
    sandboxName: 'the built-in sandbox',
    plan: {
      title: 'Going live will:',
      register: 'register {{venues}} venue(s), {{halls}} hall(s) and {{sessions}} session(s) with this platform ({{records}} records)',
      transactions: 'this box office holds {{orders}} order(s), {{refunds}} refund(s), {{checkIns}} check-in(s): discard them (training) or keep them ({{records}} more records) when switching',
      needsType: '{{count}} performance(s) use a type this platform does not list: pick one first',
      typesOk: 'every performance has a type this platform lists',
    },
    types: {
      title: 'Performances needing a type',
      explain: 'The current platform does not list these types: the performances are held (not failed). They are reported as soon as you pick one of the platform\'s types.',
      none: 'Every performance has a type the current platform lists.',
      pick: 'Type',
      apply: 'Set type',
      applied: 'Done: {{count}} performance(s) now of type {{type}}.',
      current: 'now {{typeId}}',
    },
  },
};
