// The sync worker and what the composition root needs around it: status, dead letters, reconciliation, drains.
export { SyncWorker, type SyncWorkerOptions } from './worker';
export { realClock, acceleratedClock, type Clock } from './clock';
export { DEFAULT_TUNING, tuning, type SyncTuning, type TuningOverrides } from './options';
export type { KindStatus, SyncError, SyncProgress, SyncState, SyncStatus } from './types';
export { deadLetters, discardDeadLetter, requeueDeadLetter, NotADeadLetter, type DeadLetter, type DeadLetterActor, type RefreshState, type RequeueResult } from './dead-letters';
export { reconcile, type Reconciliation, type UndeliveredRecord } from './reconciliation';
export type { UndeliveredWhy, BlockingRecord } from './explain';
export type { WaitReason } from './dependencies';
export { drainOnce, type DrainSummary } from './drain';
export { persistedToken, forgetToken, targetFingerprint, type TokenSealer } from './token-store';
