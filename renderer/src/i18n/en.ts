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
import { namedHolds } from './en/named-holds';
import { sessionEdit } from './en/session-edit';
import { shiftReport } from './en/shift-report';
import { platformTest } from './en/platform-test';

export const en: Messages = { ...common, ...manage, ...sell, ...gate, ...sync, ...large, ...health, ...devices, ...golive, ...gateOffline, ...gateId, ...windowText, ...namedHolds, ...sessionEdit, ...shiftReport, ...platformTest };
