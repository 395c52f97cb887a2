import { checkIdDocument, personInput } from '../../../../electron/server/contract/schemas';
import { mainlandMobile } from '../../../../electron/server/contract/eticket';
import { changeDue, emptyPerson, type PersonDraft, type SaleDraft } from './cart-logic';

/** Which part of a person is missing or wrong. */
export type PersonProblem = 'name' | 'idNumber' | 'phone';

/**
 * What is wrong with a person as typed. `withId`: the document is required (real-name); without it a
 * person is optional altogether, but once anything is typed the name is needed (the core's rule).
 */
export function personProblems(draft: PersonDraft, withId: boolean, withMobile = false): PersonProblem[] {
  const anything = draft.name.trim() !== '' || draft.idNumber.trim() !== '' || draft.phone.trim() !== '';
  if (!withId && !withMobile && !anything) return [];
  const problems: PersonProblem[] = [];
  if (!personInput.shape.name.safeParse(draft.name).success) problems.push('name');
  if ((withId || draft.idNumber.trim() !== '') && !checkIdDocument(draft.idType, draft.idNumber).ok) problems.push('idNumber');
  if (draft.phone.trim() !== '' && !personInput.shape.phone.safeParse(draft.phone).success) problems.push('phone');
  // An e-ticket goes to the buyer's mobile by SMS: a mainland mobile number is needed (the core refuses the sale without).
  else if (withMobile && mainlandMobile(draft.phone) === null) problems.push('phone');
  return problems;
}

export interface SaleProblem {
  /** `holder:<line key>`, `buyer`, or `payment`. */
  where: string;
  problem: PersonProblem;
}

/**
 * The people of this sale that keep it from being sent, in the order of the form. (The same document on
 * two tickets is allowed: how many one ID may hold is the purchase limit, which only the core can count.)
 */
export function saleProblems(draft: SaleDraft): SaleProblem[] {
  const problems: SaleProblem[] = [];
  if (draft.realName === 'per_ticket') {
    for (const line of draft.lines) {
      for (const problem of personProblems(draft.holders[line.key] ?? emptyPerson(), draft.holdersOptional !== true)) problems.push({ where: `holder:${line.key}`, problem });
    }
  }
  for (const problem of personProblems(draft.buyer, draft.realName === 'per_order', draft.ticketMode === 'electronic')) problems.push({ where: 'buyer', problem });
  return problems;
}

/**
 * Cash typed that does not cover the total (or is not an amount). An empty field means the exact amount:
 * the clerk need not type what the buyer handed over when it is the total.
 */
export function cashProblem(total: number, method: string, receivedText: string, receivedFen: number | null): 'notAmount' | 'short' | null {
  if (total === 0 || method !== 'cash' || receivedText.trim() === '') return null;
  if (receivedFen === null) return 'notAmount';
  return changeDue(total, receivedFen) === null ? 'short' : null;
}
