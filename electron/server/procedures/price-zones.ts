import type { priceZoneProcedures } from '../contract/price-zones';
import { hallQualityZones, setQualityZones } from '../../boxoffice/catalog/quality-zones';
import { changePriceTier, moveTicketsToTier } from '../../boxoffice/catalog/tier-changes';
import type { Handlers } from './context';
import { domainContext } from './domain-context';

export const priceZoneHandlers: Handlers<keyof typeof priceZoneProcedures> = {
  'zones.hallQuality': (input, ctx) => hallQualityZones(domainContext(ctx), input.hallId),
  'zones.setQuality': (input, ctx) => setQualityZones(domainContext(ctx), input),
  'zones.changeTier': (input, ctx) => {
    const view = changePriceTier(domainContext(ctx), input);
    ctx.core.events.publish('seats.changed', { sessionId: view.id });
    return view;
  },
  'zones.moveTickets': (input, ctx) => {
    const view = moveTicketsToTier(domainContext(ctx), input);
    ctx.core.events.publish('seats.changed', { sessionId: view.id });
    return view;
  },
};
