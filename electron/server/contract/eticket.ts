import { z } from 'zod';
import { eticketDeliveriesInput, recordedSmsInput, resendETicketsInput, smsSettingsInput } from '../../boxoffice/eticket/schemas';
import type { ETicketDeliveriesView, ETicketLineDelivery, DeliveryStatus } from '../../boxoffice/eticket/status';
import type { SmsSettingsView } from '../eticket/settings';
import type { RecordedSms } from '../eticket/recorded';
import { procedure, MANAGER, SELLERS } from './procedure';

/** E-tickets sent by SMS (issue 20): their delivery per ticket, a resend, the provider's settings and the recorder's log. */
export const eticketProcedures = {
  /** Per ticket of an order: queued, sent or failed (with the reason), and how many sends; the number masked. */
  'eticket.deliveries': procedure<ETicketDeliveriesView>()({ roles: SELLERS, input: eticketDeliveriesInput }),
  /** Sends the order's e-tickets (or these) again: queued now, sent by the delivery loop. */
  'eticket.resend': procedure<ETicketDeliveriesView>()({ roles: SELLERS, input: resendETicketsInput }),
  /** The SMS provider as set: never the secret. */
  'eticket.settings': procedure<SmsSettingsView>()({ roles: MANAGER, input: z.object({}) }),
  'eticket.saveSettings': procedure<SmsSettingsView>()({ roles: MANAGER, input: smsSettingsInput }),
  /** What the recorder "sent" (training and tests): the text, the number masked; newest first. */
  'eticket.recorded': procedure<RecordedSms[]>()({ roles: MANAGER, input: recordedSmsInput }),
};

export type { ETicketDeliveriesView, ETicketLineDelivery, DeliveryStatus, SmsSettingsView, RecordedSms };
// The window checks the buyer's mobile number as the core does, while the clerk types.
export { mainlandMobile } from '../../boxoffice/eticket/phone';
// The manager's form validates with the core's own schema.
export { smsSettingsInput } from '../../boxoffice/eticket/schemas';
