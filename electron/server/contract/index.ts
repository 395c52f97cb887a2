import type { z } from 'zod';
import { authProcedures } from './auth';
import { systemProcedures } from './system';
import { auditProcedures } from './audit';
import { sessionProcedures } from './sessions';
import { sellingProcedures } from './selling';
import { gateProcedures } from './gate';
import { gateOfflineProcedures } from './gate-offline';
import { gateExitProcedures } from './gate-exit';
import { eticketProcedures } from './eticket';
import { catalogProcedures } from './catalog';
import { reportProcedures } from './reports';
import { backupProcedures } from './backups';
import { largeProcedures } from './large';
import { refundProcedures } from './refunds';
import { syncProcedures } from './sync';
import { platformProcedures } from './platform';
import { platformDirectoryProcedures } from './platform-directory';
import { storageProcedures } from './storage';
import { deviceProcedures } from './devices';
import { goLiveProcedures } from './go-live';
import { priceZoneProcedures } from './price-zones';
import { pricingProcedures } from './pricing';
import { packageProcedures } from './packages';
import { namedHoldProcedures } from './named-holds';
import { setupProcedures } from './setup';
import type { Procedure } from './procedure';

/** The whole API: every procedure the core serves, by name (`POST /api/<name>`). */
export const contract = {
  ...authProcedures,
  ...systemProcedures,
  ...auditProcedures,
  ...sessionProcedures,
  ...sellingProcedures,
  ...gateProcedures,
  ...gateOfflineProcedures,
  ...gateExitProcedures,
  ...eticketProcedures,
  ...catalogProcedures,
  ...reportProcedures,
  ...backupProcedures,
  ...largeProcedures,
  ...refundProcedures,
  ...syncProcedures,
  ...platformProcedures,
  ...platformDirectoryProcedures,
  ...storageProcedures,
  ...deviceProcedures,
  ...goLiveProcedures,
  ...priceZoneProcedures,
  ...pricingProcedures,
  ...packageProcedures,
  ...namedHoldProcedures,
  ...setupProcedures,
};

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
export type InputOf<K extends ProcedureName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends ProcedureName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends ProcedureName> = Contract[K] extends Procedure<z.ZodType, infer O> ? O : never;

export type { ApiErrorBody, FieldIssue } from './errors';
export type { EventMap, EventName } from './events';
export type { Role } from './procedure';
export type { UserSummary, SessionInfo } from './auth';
export type { SystemInfo } from './system';
export type { AuditEntryView } from './audit';
export type * from './sessions';
export type * from './selling';
export type * from './gate';
export type { SessionPresence, OfflineExitOutcome } from './gate-exit';
export type { ETicketDeliveriesView, ETicketLineDelivery, DeliveryStatus, SmsSettingsView, RecordedSms } from './eticket';
export type { CachedSession, CachedTicket, GateCachePage, OfflineOutcome, OfflineUploadResult, GateConflict } from './gate-offline';
export type * from './catalog';
export type * from './reports';
export type * from './backups';
export type * from './large';
export type * from './refunds';
export type * from './pricing';
export type * from './packages';
export type { SyncStatusView, SyncProgressView, SyncKind, SyncKindCounts, DeadLetterView, ReconciliationView, UndeliveredWhyView } from './sync';
export type { PlatformSettingsView, PlatformTestView, PlatformSwitchView, GoLivePlanView } from './platform';
export type { TypeCheckView, PerformanceTypeCheckView } from './go-live';
export type { StorageStatus, UnhandledReport } from './storage';
export type { DownloadedTypesView, DirectoryHallView, DirectoryVenueView, DirectoryPageView } from './platform-directory';
export type { SeatZone } from './price-zones';
export type { NamedHoldView } from './named-holds';
export type { ChecklistView, SetupStep } from './setup';
export type { DeviceView, DeviceKind, VenueNetworkView, ThisDeviceView, PairingCodeView } from './devices';
