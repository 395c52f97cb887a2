import type { ETicketSmsParams } from '../../../boxoffice/eticket/message';

/** One SMS to one buyer. `phone` is in clear for the request only: a provider never logs it or puts it in an error. */
export interface SmsMessage {
  /** Our id for it (the delivery's), sent where the API takes one (Alibaba Cloud's OutId), so a resend is recognisable. */
  outId: string;
  phone: string;
  params: ETicketSmsParams;
  text: string;
}

/**
 * What a provider made of one message: taken (with its message id), worth trying again later (network, throttling,
 * the service's own trouble), or refused for good (a number it cannot reach, a template not approved, bad keys).
 * `reason` is the provider's code and message, never the number.
 */
export type SmsResult = { kind: 'sent'; ref: string } | { kind: 'retry'; reason: string } | { kind: 'failed'; reason: string };

/** An SMS service: the local recorder (training, tests) or a real one (Alibaba Cloud SMS). */
export interface SmsProvider {
  readonly name: string;
  send(message: SmsMessage): Promise<SmsResult>;
  close?(): Promise<void>;
}
