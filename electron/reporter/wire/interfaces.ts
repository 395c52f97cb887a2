import type { z } from 'zod';
import { getAccessTokenBody, getAccessTokenData } from './auth';
import { performanceTypeListBody, performanceTypeListData, venueListBody, venueListData, venueSaveBody, venueSaveData } from './reference';
import { performanceCodeBody, performanceCodeData, performanceUpdateBody, sessionUpdateBody } from './performance';
import { checkingBody, inventoryBody, orderBody, refundOrderBody, ticketBody, trueData } from './reports';

/** One interface of Annex A: where it lives, how it is called, and the schemas of both sides. */
export interface WireInterface<B extends z.ZodType = z.ZodType, D extends z.ZodType = z.ZodType> {
  method: 'GET' | 'POST';
  path: string;
  /** The standard's Chinese title, for logs and the sandbox's inspection page. */
  title: string;
  /** Every call but the token request carries `accessToken`. */
  authenticated: boolean;
  /** The request without `accessToken`. */
  body: B;
  /** The response `data`. */
  data: D;
}

function define<B extends z.ZodType, D extends z.ZodType>(spec: WireInterface<B, D>): WireInterface<B, D> {
  return spec;
}

/** All twelve interfaces of Annex A, keyed by the names the code uses. */
export const INTERFACES = {
  getAccessToken: define({ method: 'POST', path: '/getAccessToken', title: '获取accessToken', authenticated: false, body: getAccessTokenBody, data: getAccessTokenData }),
  performanceTypeList: define({ method: 'GET', path: '/standard/performance/type/list', title: '演出类型列表', authenticated: true, body: performanceTypeListBody, data: performanceTypeListData }),
  venueList: define({ method: 'POST', path: '/standard/venue/list', title: '演出场所列表', authenticated: true, body: venueListBody, data: venueListData }),
  venueSave: define({ method: 'POST', path: '/standard/venue/save', title: '新增场所/演出厅', authenticated: true, body: venueSaveBody, data: venueSaveData }),
  performanceCode: define({ method: 'POST', path: '/performance/code', title: '申请演出场次编码', authenticated: true, body: performanceCodeBody, data: performanceCodeData }),
  performanceUpdate: define({ method: 'POST', path: '/report/performance/update', title: '演出项目信息更新', authenticated: true, body: performanceUpdateBody, data: trueData }),
  sessionUpdate: define({ method: 'POST', path: '/report/session/update', title: '演出场次信息更新', authenticated: true, body: sessionUpdateBody, data: trueData }),
  inventory: define({ method: 'POST', path: '/report/inventory', title: '票价及库存报送', authenticated: true, body: inventoryBody, data: trueData }),
  ticket: define({ method: 'POST', path: '/report/ticket', title: '票务信息报送', authenticated: true, body: ticketBody, data: trueData }),
  order: define({ method: 'POST', path: '/report/order', title: '订单信息报送', authenticated: true, body: orderBody, data: trueData }),
  refundOrder: define({ method: 'POST', path: '/report/refundOrder', title: '退票订单报送', authenticated: true, body: refundOrderBody, data: trueData }),
  checking: define({ method: 'POST', path: '/report/checking', title: '检票信息报送', authenticated: true, body: checkingBody, data: trueData }),
} as const;

export type InterfaceName = keyof typeof INTERFACES;
export type BodyOf<N extends InterfaceName> = z.input<(typeof INTERFACES)[N]['body']>;
export type DataOf<N extends InterfaceName> = z.output<(typeof INTERFACES)[N]['data']>;

export const INTERFACE_NAMES = Object.keys(INTERFACES) as InterfaceName[];

/** The interface served at `path`, if any. */
export function interfaceAt(path: string): InterfaceName | undefined {
  return INTERFACE_NAMES.find((name) => INTERFACES[name].path === path);
}
