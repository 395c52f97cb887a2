import type { Handler, ReportInterface } from './context';
import { checking } from './checking';
import { order, refundOrder } from './orders';
import { performanceCode, performanceUpdate, sessionUpdate } from './performance';
import { performanceTypeList, venueList } from './reference';
import { inventory, ticket } from './stock';
import { venueSave } from './venue-save';

type HandlerMap = { [N in ReportInterface]: Handler<N> };

/** The handler of every authenticated interface. */
export const HANDLERS: HandlerMap = {
  performanceTypeList,
  venueList,
  venueSave,
  performanceCode,
  performanceUpdate,
  sessionUpdate,
  inventory,
  ticket,
  order,
  refundOrder,
  checking,
};
