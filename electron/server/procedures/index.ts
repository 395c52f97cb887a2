import type { ProcedureName } from '../contract';
import type { Handlers } from './context';
import { authHandlers } from './auth';
import { systemHandlers } from './system';
import { auditHandlers } from './audit';
import { sessionHandlers } from './sessions';
import { sellingHandlers } from './selling';
import { gateHandlers } from './gate';
import { gateOfflineHandlers } from './gate-offline';
import { gateExitHandlers } from './gate-exit';
import { eticketHandlers } from './eticket';
import { catalogHandlers } from './catalog';
import { reportHandlers } from './reports';
import { backupHandlers } from './backups';
import { largeHandlers } from './large';
import { refundHandlers } from './refunds';
import { syncHandlers } from './sync';
import { platformHandlers } from './platform';
import { platformDirectoryHandlers } from './platform-directory';
import { storageHandlers } from './storage';
import { deviceHandlers } from './devices';
import { goLiveHandlers } from './go-live';
import { priceZoneHandlers } from './price-zones';
import { pricingHandlers } from './pricing';
import { packageHandlers } from './packages';
import { namedHoldHandlers } from './named-holds';
import { setupHandlers } from './setup';

/** Every procedure's implementation; the type makes a missing handler a compile error. */
export const handlers: Handlers<ProcedureName> = {
  ...authHandlers,
  ...systemHandlers,
  ...auditHandlers,
  ...sessionHandlers,
  ...sellingHandlers,
  ...gateHandlers,
  ...gateOfflineHandlers,
  ...gateExitHandlers,
  ...eticketHandlers,
  ...catalogHandlers,
  ...reportHandlers,
  ...backupHandlers,
  ...largeHandlers,
  ...refundHandlers,
  ...syncHandlers,
  ...platformHandlers,
  ...platformDirectoryHandlers,
  ...storageHandlers,
  ...deviceHandlers,
  ...goLiveHandlers,
  ...priceZoneHandlers,
  ...pricingHandlers,
  ...packageHandlers,
  ...namedHoldHandlers,
  ...setupHandlers,
};
