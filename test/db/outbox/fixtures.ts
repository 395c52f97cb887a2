import type { OutboxPayload } from '../../../db/outbox/payloads';

export const inventory = (available: number): OutboxPayload<'inventory'> => ({
  performanceId: 'prf_1',
  sessionId: 'ses_1',
  priceId: 'tier_1',
  priceName: 'VIP',
  ticketPrice: 88000,
  availableInventory: available,
  unavailableInventory: 100 - available,
});

export const order = (orderId: string, ticketIds: string[]): OutboxPayload<'order'> => ({
  orderId,
  orderTime: 1000,
  channelType: 'box_office',
  channelName: '大剧院售票处',
  ticketNum: ticketIds.length,
  totalAmount: 88000 * ticketIds.length,
  ticketType: 'regular',
  ticketMode: 'paper',
  authMode: 'none',
  ticketOrderList: ticketIds.map((ticketId, i) => ({
    ticketOrderId: `${orderId}-${i}`,
    performanceId: 'prf_1',
    sessionId: 'ses_1',
    priceId: 'tier_1',
    ticketPrice: 88000,
    ticketId,
    ticketOrderAmount: 88000,
  })),
});
