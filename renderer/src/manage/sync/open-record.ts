import type { DeadLetterView } from '../../../../electron/server/contract';
import type { Section } from '../../stores/route-store';
import { orderPath } from '../../sell/sell-route';

/** Where a refused record can be corrected: its venue, its performance, or the window's order screen. */
export function recordRoute(letter: DeadLetterView): { section: Section; subpath: string } {
  switch (letter.kind) {
    case 'venue.save':
      return { section: 'manage', subpath: 'venues' };
    case 'performance.code':
    case 'performance.update':
    case 'session.update':
    case 'inventory':
    case 'ticket':
      return { section: 'manage', subpath: 'performances' };
    case 'order':
    case 'refund':
    case 'checking':
      return { section: 'sell', subpath: letter.scope.orderId ? orderPath(letter.scope.orderId) : 'orders' };
  }
}
