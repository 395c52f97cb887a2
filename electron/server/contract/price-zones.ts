import { z } from 'zod';
import { entityId } from '../../boxoffice/catalog/schemas';
import { changePriceTierInput, moveTicketsToTierInput, setQualityZonesInput } from '../../boxoffice/catalog/zone-schemas';
import type { SeatZone } from '../../boxoffice/catalog/quality-zones';
import type { SessionView } from '../../boxoffice/catalog/sessions';
import { procedure, MANAGER, SELLERS } from './procedure';

/** Painted zones: a hall's seat quality (best available's ranking) and a session's price tiers after generation. */
export const priceZoneProcedures = {
  /** The hall's zoned seats (A best … E); seats missing are unzoned. */
  'zones.hallQuality': procedure<SeatZone[]>()({ roles: MANAGER, input: z.object({ hallId: entityId }) }),
  /** Paints seats into a quality zone, or out of every zone (zone null). */
  'zones.setQuality': procedure<{ updated: number; zoned: number }>()({ roles: MANAGER, input: setQualityZonesInput }),
  /** Renames a tier or changes its price; after the tier's first sale a manager only (TIER_SOLD), reported as inventory. */
  'zones.changeTier': procedure<SessionView>()({ roles: SELLERS, input: changePriceTierInput }),
  /** Moves unsold tickets to another tier of the session; after either tier's first sale a manager only. */
  'zones.moveTickets': procedure<SessionView>()({ roles: SELLERS, input: moveTicketsToTierInput }),
};

export type { SeatZone };
