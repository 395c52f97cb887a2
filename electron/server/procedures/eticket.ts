import type { eticketProcedures } from '../contract/eticket';
import { eticketDeliveries } from '../../boxoffice/eticket/status';
import { resendETickets } from '../../boxoffice/eticket/queue';
import { audit, inTransaction } from '../../boxoffice/service';
import { smsSettingsView, writeSmsSettings } from '../eticket/settings';
import { recordedSms } from '../eticket/recorded';
import type { Handlers } from './context';
import { domainContext } from './domain-context';

export const eticketHandlers: Handlers<keyof typeof eticketProcedures> = {
  'eticket.deliveries': (input, ctx) => eticketDeliveries(domainContext(ctx), input),
  'eticket.resend': (input, ctx) => resendETickets(domainContext(ctx), input),
  'eticket.settings': (_input, ctx) => smsSettingsView(ctx.core.db, ctx.core.platform.sandbox),
  'eticket.saveSettings': (input, ctx) => {
    const domain = domainContext(ctx);
    inTransaction(domain, () => {
      writeSmsSettings(ctx.core.db, ctx.core.cipher, input, domain.clock());
      // The audit names the provider and the key id, never the secret.
      audit(domain, 'eticket.settings', null, { provider: input.provider, ...(input.provider === 'aliyun' && { accessKeyId: input.accessKeyId, signName: input.signName, templateCode: input.templateCode, secretChanged: input.accessKeySecret !== '' }) });
    });
    return smsSettingsView(ctx.core.db, ctx.core.platform.sandbox);
  },
  'eticket.recorded': (input, ctx) => recordedSms(ctx.core.db, input.limit),
};
