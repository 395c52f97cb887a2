import type { Messages } from './zh-CN';
import { common } from './en/common';
import { manage } from './en/manage';
import { sell } from './en/sell';
import { gate } from './en/gate';
import { sync } from './en/sync';
import { large } from './en/large';
import { health } from './en/health';
import { devices } from './en/devices';
import { golive } from './en/golive';
import { gateOffline } from './en/gate-offline';
import { windowText } from './en/window';
import { gateId } from './en/gate-id';
import { gateSameId } from './en/gate-same-id';
import { saleOneId } from './en/sale-one-id';
import { gateManage } from './en/gate-manage';
import { offlineLogin } from './en/offline-login';
import { painting } from './en/painting';
import { gateExit } from './en/gate-exit';
import { gateConcession } from './en/gate-concession';
import { eticket } from './en/eticket';
import { pricing } from './en/pricing';
import { packages } from './en/packages';
import { namedHolds } from './en/named-holds';
import { sessionEdit } from './en/session-edit';
import { shiftReport } from './en/shift-report';
import { platformTest } from './en/platform-test';
import { checklist } from './en/checklist';



export const en: Messages = { ...common, ...manage, ...sell, ...gate, ...sync, ...large, ...health, ...devices, ...golive, ...gateOffline, ...gateId, ...gateSameId, ...saleOneId, ...gateManage, ...offlineLogin, ...windowText, ...painting, ...gateExit, ...eticket, ...pricing, ...packages, ...namedHolds, ...sessionEdit, ...shiftReport, ...platformTest, ...checklist, ...gateConcession };
