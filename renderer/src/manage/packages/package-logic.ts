import type { SessionListItem } from '../../../../electron/server/contract';

/** The tiers (by name) that every chosen session has, with their prices summed over the sessions (原价), in the first session's order. */
export function commonTiers(sessions: readonly SessionListItem[], sessionIds: readonly string[]): { name: string; listFen: number }[] {
  const chosen = sessionIds.flatMap((id) => sessions.filter((s) => s.id === id));
  const [first] = chosen;
  if (!first) return [];
  return first.tiers.flatMap((tier) => {
    const prices = chosen.flatMap((s) => s.tiers.filter((other) => other.name === tier.name).map((other) => other.priceFen));
    return prices.length === chosen.length ? [{ name: tier.name, listFen: prices.reduce((sum, p) => sum + p, 0) }] : [];
  });
}
