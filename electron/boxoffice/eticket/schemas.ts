// Browser-safe: zod only. E-tickets sent by SMS (issue 20): the order's deliveries, a resend, the provider's settings.
import { z } from 'zod';
import { entityId } from '../catalog/schemas';

/** The deliveries of one order. */
export const eticketDeliveriesInput = z.object({ orderId: entityId });
export type ETicketDeliveriesInput = z.output<typeof eticketDeliveriesInput>;

/** The clerk sends the e-tickets again: all live tickets of the order, or these. */
export const resendETicketsInput = z.object({ orderId: entityId, orderLineIds: z.array(entityId).min(1).max(50).optional() });
export type ResendETicketsInput = z.output<typeof resendETicketsInput>;

const accessKeyId = z.string().trim().min(1, 'required').max(64, 'at most 64 characters').regex(/^[\w-]+$/, 'letters, digits, - and _ only');

/**
 * The SMS provider as a manager sets it: the local recorder (nothing leaves the PC), or Alibaba Cloud SMS with its
 * AccessKey, the approved signature (签名) and template (模板). An empty secret keeps the stored one.
 */
export const smsSettingsInput = z.discriminatedUnion('provider', [
  z.object({ provider: z.literal('recorder') }),
  z.object({
    provider: z.literal('aliyun'),
    accessKeyId,
    accessKeySecret: z.string().max(100, 'at most 100 characters').default(''),
    signName: z.string().trim().min(2, 'at least 2 characters').max(12, 'at most 12 characters'),
    templateCode: z.string().trim().regex(/^SMS_\d{4,}$/, 'a template code like SMS_123456789'),
    /** The API's address: https://dysmsapi.aliyuncs.com unless the manager names another (an https address; http only to this PC). */
    endpoint: z.url({ protocol: /^https?$/, error: 'an https address' }).default('https://dysmsapi.aliyuncs.com'),
  }),
]);
export type SmsSettingsInput = z.input<typeof smsSettingsInput>;
export type SmsSettings = z.output<typeof smsSettingsInput>;

export const recordedSmsInput = z.object({ limit: z.number().int().min(1).max(200).default(50) });
