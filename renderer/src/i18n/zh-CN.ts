import { common } from './zh-CN/common';
import { manage } from './zh-CN/manage';
import { sell } from './zh-CN/sell';
import { gate } from './zh-CN/gate';
import { sync } from './zh-CN/sync';
import { large } from './zh-CN/large';
import { health } from './zh-CN/health';
import { devices } from './zh-CN/devices';
import { golive } from './zh-CN/golive';
import { gateOffline } from './zh-CN/gate-offline';
import { windowText } from './zh-CN/window';
import { gateId } from './zh-CN/gate-id';
import { gateSameId } from './zh-CN/gate-same-id';
import { saleOneId } from './zh-CN/sale-one-id';
import { gateManage } from './zh-CN/gate-manage';
import { offlineLogin } from './zh-CN/offline-login';
import { painting } from './zh-CN/painting';
import { gateExit } from './zh-CN/gate-exit';
import { gateConcession } from './zh-CN/gate-concession';
import { eticket } from './zh-CN/eticket';
import { pricing } from './zh-CN/pricing';
import { packages } from './zh-CN/packages';
import { namedHolds } from './zh-CN/named-holds';
import { sessionEdit } from './zh-CN/session-edit';
import { shiftReport } from './zh-CN/shift-report';
import { platformTest } from './zh-CN/platform-test';
import { checklist } from './zh-CN/checklist';

/** Simplified Chinese, the first language; the standard's Chinese terms are the vocabulary. One file per screen area. */


export const zhCN = { ...common, ...manage, ...sell, ...gate, ...sync, ...large, ...health, ...devices, ...golive, ...gateOffline, ...gateId, ...gateSameId, ...saleOneId, ...gateManage, ...offlineLogin, ...windowText, ...painting, ...gateExit, ...eticket, ...pricing, ...packages, ...namedHolds, ...sessionEdit, ...shiftReport, ...platformTest, ...checklist, ...gateConcession };

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** Every other language must provide exactly these keys. */
export type Messages = Widen<typeof zhCN>;
