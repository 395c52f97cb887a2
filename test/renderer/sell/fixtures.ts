import type { PriceTierView, SessionListItem, TicketContent } from '../../../electron/server/contract';
import { gb11643CheckChar } from '../../../electron/boxoffice/personal-data/id-document';

/** A valid resident ID number from its first 17 digits. */
export const residentId = (first17: string) => first17 + gb11643CheckChar(first17);

export function tier(id: string, priceFen: number, available = 100): PriceTierView {
  return { id, name: `${id}票`, priceFen, color: '', total: 100, available, sold: 100 - available, reserved: 0, blocked: 0 };
}

export function session(overrides: Partial<SessionListItem> = {}): SessionListItem {
  return {
    id: 'ses_1',
    performanceId: 'prf_1',
    hallId: 'hal_1',
    name: '今晚场',
    startsAt: Date.UTC(2026, 5, 18, 11, 30),
    endsAt: Date.UTC(2026, 5, 18, 14, 0),
    salesOpenAt: 0,
    salesCloseAt: Date.UTC(2026, 5, 18, 12, 0),
    entryOpensAt: 0,
    entryClosesAt: 0,
    allowReentry: false,
    status: 'normal',
    cancelReason: null,
    test: false,
    ticketsGenerated: true,
    platformSessionCode: null,
    tiers: [tier('A', 88_000), tier('B', 38_000)],
    performanceName: '雷雨',
    hallName: '歌剧厅',
    venueName: '星河大剧院',
    hasSeat: true,
    realNameMode: 'per_ticket',
    salesState: 'open',
    large: false,
    approvedAudience: null,
    heldBindingDeadline: null,
    ...overrides,
  };
}

export function ticket(overrides: Partial<TicketContent> = {}): TicketContent {
  return {
    orderLineId: 'tko_1',
    orderId: 'ord_1',
    orderNumber: '26061800001',
    ticketId: 'tkt_1',
    performanceName: '雷雨',
    approval: '沪文旅演〔2025〕0618号',
    sessionId: 'ses_1',
    sessionName: '今晚场',
    startsAt: Date.UTC(2026, 5, 18, 11, 30),
    startsAtText: '2026-06-18 19:30',
    venueName: '星河大剧院',
    venueAddress: '上海市徐汇区龙华中路 888 号',
    hallName: '歌剧厅',
    seat: { floor: '1层', area: '中区', row: '5排', seat: '12' },
    seatText: '1层 中区 5排 12号',
    tierName: 'VIP票',
    priceFen: 88_000,
    priceTypeName: null,
    proofAtGate: false,
    packageName: null,
    priceText: '¥880.00',
    amountFen: 88_000,
    ticketType: 'regular',
    ticketMode: 'paper',
    ticketCode: 'ABCDEFGHJKMNPQRS',
    ticketCodeText: 'ABCD-EFGH-JKMN-PQRS',
    qrPayload: 'ABCDEFGHJKMNPQRS',
    holderName: '张*',
    status: 'active',
    printCount: 1,
    ...overrides,
  };
}
