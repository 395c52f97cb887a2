import type { PackageProposal, PackageView, PersonInput, SellPackageInput } from '../../../../electron/server/contract';
import { parseYuan } from '../../format';
import type { PersonDraft } from '../sale/cart-logic';

export interface PackagePayment {
  method: 'cash' | 'card' | 'mobile';
  /** Cash handed over, as typed (yuan). */
  received: string;
}

export type RealName = 'none' | 'per_order' | 'per_ticket';
export const realNameOf = (mode: string | undefined): RealName => (mode === 'per_order' || mode === 'per_ticket' ? mode : 'none');

/** The sale to send: the proposal's seats (seated) or `setCount` packages of the tier (unseated); null when nothing is chosen. */
export function packageSale(args: {
  pkg: PackageView;
  tierName: string;
  proposal: PackageProposal | null;
  setCount: number;
  payment: PackagePayment;
  totalFen: number;
  people: readonly PersonDraft[];
  realName: RealName;
  toPerson: (draft: PersonDraft, withId: boolean) => PersonInput | undefined;
}): SellPackageInput | null {
  const { pkg, tierName, proposal, setCount, payment, totalFen, people, realName, toPerson } = args;
  const seated = pkg.sessions[0]?.seated === true;
  if (seated && !proposal) return null;
  if (setCount < 1) return null;
  const holder = (i: number) => (realName === 'per_ticket' && people[i] ? toPerson(people[i], true) : undefined);
  const sets = seated
    ? (proposal?.sets ?? []).map((set, i) => ({ tierName: set.tierName, ticketIds: set.seats.flatMap((s) => (s.ticketId === null ? [] : [s.ticketId])), holder: holder(i) }))
    : Array.from({ length: setCount }, (_, i) => ({ tierName, holder: holder(i) }));
  const buyer = realName === 'per_order' && people[0] ? toPerson(people[0], true) : undefined;
  return {
    packageId: pkg.id,
    sets,
    ...(proposal ? { holdId: proposal.holdId } : {}),
    ...(buyer ? { buyer } : {}),
    expectedTotalFen: totalFen,
    payment: payment.method === 'cash' ? { method: 'cash', receivedFen: parseYuan(payment.received) ?? totalFen } : { method: payment.method },
  };
}
