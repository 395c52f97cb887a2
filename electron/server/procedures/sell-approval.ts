import type { ParsedInputOf } from '../contract';

/**
 * A sale whose manual discount carries a manager's PIN: its handler awaits the PIN's slow hash before it writes, so it
 * cannot share a commit with other sales (storage/write-group.ts). A manager's own sale ignores the approval, but is
 * still counted here: the role is not known where calls are grouped, and a manager's discount is rare.
 */
export const sellAwaitsApproval = (input: ParsedInputOf<'sales.sell'>): boolean => input.manualDiscount?.approval !== undefined;
