// Valid wire bodies for every interface, built from a few ids, so each test changes one field.
import type {
  CheckingBody,
  InventoryBody,
  OrderBody,
  PerformanceCodeBody,
  PerformanceUpdateBody,
  RefundOrderBody,
  SessionItem,
  SessionUpdateBody,
  TicketBody,
  VenueSaveBody,
} from '../../../electron/reporter/wire';

/** A seated hall of the seeded directory (国家大剧院 · 戏剧场), enabled and operating. */
export const SEEDED_HALL = '11010200103';
/** A venue without halls in the seeded directory (MAO Livehouse 北京). */
export const SEEDED_VENUE_WITHOUT_HALLS = '110101002';

export function newVenue(overrides: Partial<VenueSaveBody> = {}): VenueSaveBody {
  return {
    venueCode: '',
    provinceId: 310000,
    cityId: 310100,
    districtId: 310104,
    venueName: '徐汇小剧场',
    venueAddress: '上海市徐汇区漕溪北路100号',
    hasHall: 1,
    hallName: '一号厅',
    hasSeat: 1,
    seatNum: 320,
    ...overrides,
  };
}

export function session(sessionId: string, overrides: Partial<SessionItem> = {}): SessionItem {
  return {
    sessionId,
    sessionName: `雷雨 ${sessionId}`,
    hallCode: SEEDED_HALL,
    sessionStartTime: '2026-12-24 19:30:00',
    sessionEndTime: '2026-12-24 22:00:00',
    seatingChart: 'https://example.cn/seat/drama.svg',
    hasSeat: 1,
    tag: 0,
    ...overrides,
  };
}

export function performance(performanceId: string, sessions: SessionItem[], overrides: Partial<PerformanceCodeBody> = {}): PerformanceCodeBody {
  return {
    performanceId,
    performanceName: '雷雨',
    approval: '京演审字〔2026〕第0123号',
    typeId: 1201,
    posterUrl: 'https://example.cn/poster/leiyu.jpg',
    performanceDesc: '曹禺经典话剧，北京人艺演出。',
    sponsor: '北京人民艺术剧院',
    performer: '北京人艺演员剧团',
    sessionList: sessions,
    ...overrides,
  };
}

export function performanceUpdate(performanceId: string, overrides: Partial<PerformanceUpdateBody> = {}): PerformanceUpdateBody {
  const { sessionList: _sessions, ...rest } = performance(performanceId, []);
  return { ...rest, posterUrl: 'https://example.cn/poster/leiyu-2.jpg', ...overrides };
}

export function sessionUpdate(sessionCode: string, sessionId: string, performanceId: string, overrides: Partial<SessionUpdateBody> = {}): SessionUpdateBody {
  const { tag, hasSeat, hallCode, sessionName, sessionStartTime, sessionEndTime, seatingChart } = session(sessionId);
  return { sessionId, sessionCode, sessionName, sessionStartTime, sessionEndTime, hallCode, hasSeat, performanceId, sessionStatus: 1, tag, seatingChart, ...overrides };
}

export interface Place {
  performanceId: string;
  sessionId: string;
  sessionCode: string;
}

export function inventory(at: Place, overrides: Partial<InventoryBody> = {}): InventoryBody {
  const tier = (priceId: string, priceName: string, ticketPrice: number) => ({
    performanceId: at.performanceId,
    sessionId: at.sessionId,
    priceId,
    priceName,
    ticketPrice,
    availableInventory: 200,
    unavailableInventory: 0,
  });
  return { sessionCode: at.sessionCode, priceList: [tier('A', '甲等票', 38000), tier('B', '乙等票', 18000)], ...overrides };
}

export function tickets(at: Place, ticketIds: string[], priceId = 'A'): TicketBody {
  return {
    performanceId: at.performanceId,
    sessionId: at.sessionId,
    sessionCode: at.sessionCode,
    priceId,
    ticketList: ticketIds.map((ticketId, i) => ({ ticketId, availableSale: 1, floorName: '一层', areaName: '中区', rowName: `${Math.floor(i / 20) + 1}排`, seatNo: `${(i % 20) + 1}号` })),
  };
}

export function order(orderId: string, at: Place, ticketIds: string[], amount = 38000, overrides: Partial<OrderBody> = {}): OrderBody {
  const lines = ticketIds.map((ticketId, i) => ({
    ticketOrderId: `${orderId}-${i + 1}`,
    performanceId: at.performanceId,
    sessionId: at.sessionId,
    sessionCode: at.sessionCode,
    priceId: 'A',
    ticketPrice: 38000,
    ticketId,
    ticketOrderAmount: amount,
  }));
  return {
    orderId,
    orderTime: '2026-11-28 10:15:00',
    channelType: 2,
    channelName: '剧院售票窗口',
    ticketNum: lines.length,
    totalAmount: lines.reduce((sum, line) => sum + line.ticketOrderAmount, 0),
    ticketType: 1,
    ticketMode: 1,
    authMode: 1,
    ticketOrderList: lines,
    ...overrides,
  };
}

export function refund(refundOrderId: string, sold: OrderBody, lineIndexes: number[], overrides: Partial<RefundOrderBody> = {}): RefundOrderBody {
  return {
    refundOrderId,
    orderId: sold.orderId,
    reason: '观众行程变更',
    refundOrderTime: '2026-11-29 09:00:00',
    ticketOrderList: lineIndexes.map((i) => {
      const line = sold.ticketOrderList[i];
      if (!line) throw new Error(`order ${sold.orderId} has no line ${i}`);
      return { ticketOrderId: line.ticketOrderId, sessionCode: line.sessionCode, ticketId: line.ticketId, refundAmount: line.ticketOrderAmount };
    }),
    ...overrides,
  };
}

export function checking(at: Place, ticketIds: string[], checkingTime = '2026-12-24 19:05:00'): CheckingBody {
  return {
    ticketList: ticketIds.map((ticketId) => ({ ticketId, sessionId: at.sessionId, priceId: 'A', sessionCode: at.sessionCode, checkingTime, checkingType: 1, authType: 2 })),
  };
}
