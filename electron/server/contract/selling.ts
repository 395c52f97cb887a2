import { bestAvailableInput, holdSeatsInput, releaseHoldInput } from '../../boxoffice/holds/schemas';
import { findOrdersInput, orderIdInput, sellInput } from '../../boxoffice/sales/schemas';
import { recentOrdersInput } from '../../boxoffice/sales/recent';
import { exchangeInput, reprintInput } from '../../boxoffice/tickets/schemas';
import { closeShiftInput, openShiftInput, shiftReportInput } from '../../boxoffice/shifts/schemas';
import { revealPersonInput } from '../../boxoffice/personal-data/schemas';
import type { HoldView } from '../../boxoffice/holds/holds';
import type { FoundSeat } from '../../boxoffice/holds/best-available';
import type { OrderView } from '../../boxoffice/sales/orders';
import type { OrderSummary } from '../../boxoffice/sales/find';
import type { TicketContent } from '../../boxoffice/sales/ticket-content';
import type { ShiftView } from '../../boxoffice/shifts/shifts';
import type { ShiftReport } from '../../boxoffice/shifts/report';
import type { IdType } from '../../boxoffice/personal-data/id-document';
import { procedure, MANAGER, SELLERS } from './procedure';

export const sellingProcedures = {
  /** Holds seats for this clerk while choosing (they expire unless sold). */
  'holds.hold': procedure<HoldView>()({ roles: SELLERS, input: holdSeatsInput }),
  'holds.release': procedure<{ released: number }>()({ roles: SELLERS, input: releaseHoldInput }),
  /** Finds and holds the best N adjacent free seats of a tier. */
  'holds.bestAvailable': procedure<{ hold: HoldView; seats: FoundSeat[] }>()({ roles: SELLERS, input: bestAvailableInput }),
  'sales.sell': procedure<OrderView>()({ roles: SELLERS, input: sellInput }),
  'orders.find': procedure<OrderSummary[]>()({ roles: SELLERS, input: findOrdersInput }),
  /** The last orders of this person's open shift (or of the last twelve hours), newest first: 查询订单 opens on them. */
  'orders.recent': procedure<OrderSummary[]>()({ roles: SELLERS, input: recentOrdersInput }),
  'orders.get': procedure<OrderView>()({ roles: SELLERS, input: orderIdInput }),
  'tickets.reprint': procedure<TicketContent[]>()({ roles: SELLERS, input: reprintInput }),
  /** An e-ticket exchanged for a paper ticket at the window (standard §3.24). */
  'tickets.exchange': procedure<TicketContent[]>()({ roles: SELLERS, input: exchangeInput }),
  'shifts.open': procedure<ShiftView>()({ roles: SELLERS, input: openShiftInput }),
  /** The X report of a shift (the open one by default): a reading that closes nothing. */
  'shifts.report': procedure<ShiftReport>()({ roles: SELLERS, input: shiftReportInput }),
  /** Closes the shift with the counted cash: the Z report. */
  'shifts.close': procedure<ShiftReport>()({ roles: SELLERS, input: closeShiftInput }),
  /** A person's full name and document, for a manager with a stated reason (audited). */
  'persons.reveal': procedure<{ personId: string; name: string; idType: IdType | null; idNumber: string | null; phone: string | null }>()({
    roles: MANAGER,
    input: revealPersonInput,
  }),
};

export type { HoldView, FoundSeat, OrderView, OrderSummary, TicketContent, ShiftView, ShiftReport, IdType };
export type { OrderLineView } from '../../boxoffice/sales/orders';
export type { SellInput, PersonInput, TicketType, TicketMode, PaymentMethod } from '../../boxoffice/sales/schemas';
