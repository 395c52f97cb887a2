// Browser-safe (no database, no zod): the generate-tickets form previews exactly what the core will do.
import type { SeatRule } from './schemas';

/** The seat fields a rule looks at. */
export interface RuleSeat {
  id: string;
  floorName: string;
  areaName: string;
  rowName: string;
}

export interface SeatAssignment {
  /** Each seat's tier: the last rule that matches it wins. */
  tierOf: Map<string, string>;
  /** Seats each tier gets, for every tier named by a rule (0 when later rules took them all). */
  seatsPerTier: Map<string, number>;
  /** Seats each rule matches (before later rules take some), in the rules' order: 0 is a rule that matches nothing. */
  matchedPerRule: number[];
  /** Seats no rule matches: not offered in this session. */
  unassigned: number;
}

const matches = (rule: SeatRule, rows: ReadonlySet<string> | null, ids: ReadonlySet<string> | null, seat: RuleSeat) =>
  (rule.floor === undefined || rule.floor === seat.floorName) &&
  (rule.area === undefined || rule.area === seat.areaName) &&
  (rows === null || rows.has(seat.rowName)) &&
  (ids === null || ids.has(seat.id));

/** Which tier each seat gets from the rules (a later rule wins), and how many seats each rule and tier come to. */
export function assignSeats(rules: readonly SeatRule[], seats: readonly RuleSeat[]): SeatAssignment {
  const compiled = rules.map((rule) => ({ rule, rows: rule.rows ? new Set(rule.rows) : null, ids: rule.seatIds ? new Set(rule.seatIds) : null }));
  const tierOf = new Map<string, string>();
  const matchedPerRule = rules.map(() => 0);
  const seatsPerTier = new Map(rules.map((rule) => [rule.priceTierId, 0]));
  let unassigned = 0;
  for (const seat of seats) {
    let winner: string | null = null;
    for (let i = 0; i < compiled.length; i++) {
      const entry = compiled[i];
      if (!entry || !matches(entry.rule, entry.rows, entry.ids, seat)) continue;
      matchedPerRule[i] = (matchedPerRule[i] ?? 0) + 1;
      winner = entry.rule.priceTierId;
    }
    if (winner === null) unassigned++;
    else {
      tierOf.set(seat.id, winner);
      seatsPerTier.set(winner, (seatsPerTier.get(winner) ?? 0) + 1);
    }
  }
  return { tierOf, seatsPerTier, matchedPerRule, unassigned };
}

/** What makes rules unfit to generate: a rule that matches no seat, a tier given no seat (by its rules or any). */
export type AssignmentProblem = { kind: 'ruleMatchesNothing'; rule: number } | { kind: 'tierWithoutSeats'; priceTierId: string };

/** The problems of an assignment, rules first (1-based rule numbers, as the form shows them). */
export function assignmentProblems(assignment: SeatAssignment, tierIds: readonly string[]): AssignmentProblem[] {
  const problems: AssignmentProblem[] = [];
  assignment.matchedPerRule.forEach((n, i) => {
    if (n === 0) problems.push({ kind: 'ruleMatchesNothing', rule: i + 1 });
  });
  for (const priceTierId of tierIds) if ((assignment.seatsPerTier.get(priceTierId) ?? 0) === 0) problems.push({ kind: 'tierWithoutSeats', priceTierId });
  return problems;
}
