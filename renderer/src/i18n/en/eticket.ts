import type { Messages } from '../zh-CN';

/** eticket: e-tickets sent by SMS (issue 20), English. */
export const eticket: Pick<Messages, 'eticket'> = {
  eticket: {
    sale: {
      mobileLabel: 'Buyer’s mobile (gets the e-tickets by SMS)',
      mobileNeeded: 'E-tickets are sent by SMS: enter the buyer’s mobile number',
      mobileInvalid: 'Enter a mainland mobile number: 11 digits starting 13–19',
    },
    delivery: {
      title: 'E-ticket SMS',
      to: 'To {{phone}}',
      noPhone: 'This order has no buyer’s mobile number: no SMS can be sent.',
      none: 'Not sent (paper ticket)',
      queued: 'Queued…',
      retrying: 'Attempt {{count}} did not go through ({{reason}}); trying again at {{time}}',
      sent: 'Sent {{time}}',
      recorded: 'Sent {{time}} (training: recorded only, not sent)',
      failed: 'Not delivered: {{reason}}',
      sends: '{{count}} sends',
      resend: 'Send the SMS again',
      resent: '{{count}} e-tickets queued to send again.',
      printFallback: 'If the SMS cannot reach the buyer: tick the e-tickets in the order and use “Exchange for paper” (F9) to print them, same codes.',
    },
    settings: {
      title: 'E-ticket SMS',
      intro: 'E-tickets are sent as an SMS with the entry code. In training (the sandbox platform) messages are only recorded on this PC, never sent.',
      provider: 'SMS service',
      providers: { recorder: 'Record on this PC (send nothing)', aliyun: 'Alibaba Cloud SMS' },
      accessKeyId: 'AccessKey ID',
      accessKeySecret: 'AccessKey secret',
      secretKept: 'Stored (leave empty to keep it)',
      signName: 'SMS signature',
      templateCode: 'Template code',
      templateHint: 'Template variables: ${venue} ${performance} ${time} ${seat} ${code}',
      endpoint: 'API address',
      save: 'Save the SMS settings',
      saved: 'SMS settings saved.',
      training: 'Training mode: every message is only recorded on this PC.',
      recordedTitle: 'Messages recorded on this PC (training)',
      recordedNone: 'No messages recorded yet.',
      recordedAt: 'Time',
      recordedTo: 'Mobile',
      recordedText: 'Text',
    },
  },
};
