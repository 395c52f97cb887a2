// A session ready to sell: a performance with two sessions in a seeded hall, price tiers and tickets reported.
import type { PlatformClient } from '../../../electron/reporter/client/platform-client';
import * as fx from './fixtures';
import { expectSuccess } from './harness';

export interface Scenario {
  a: fx.Place;
  b: fx.Place;
}

/** Applies for codes of P1 (sessions S1, S2) and reports inventory and tickets T1..T10 of S1. */
export async function readyToSell(client: PlatformClient, performanceId = 'P1'): Promise<Scenario> {
  const codes = expectSuccess(
    await client.performanceCode(fx.performance(performanceId, [fx.session(`${performanceId}-S1`), fx.session(`${performanceId}-S2`, { sessionStartTime: '2026-12-25 19:30:00', sessionEndTime: '2026-12-25 22:00:00' })])),
  );
  const place = (sessionId: string): fx.Place => {
    const sessionCode = codes[sessionId];
    if (!sessionCode) throw new Error(`no code for ${sessionId}`);
    return { performanceId, sessionId, sessionCode };
  };
  const a = place(`${performanceId}-S1`);
  const b = place(`${performanceId}-S2`);
  expectSuccess(await client.reportInventory(fx.inventory(a)));
  expectSuccess(await client.reportTicket(fx.tickets(a, Array.from({ length: 10 }, (_, i) => `T${i + 1}`))));
  return { a, b };
}
