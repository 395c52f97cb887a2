// What the composition root uses of the reporter: the client, its token manager, the outcomes and the wire layer.
export { PlatformClient, type PlatformClientOptions } from './client/platform-client';
export { TokenManager, type CachedToken, type TokenManagerOptions, type TokenOutcome, type TokenStats } from './client/token-manager';
export { DEFAULT_TIMEOUTS, type RequestLogEntry, type Timeouts } from './client/transport';
export { PlatformUrlError, checkPlatformUrl, isLoopbackHost } from './client/address';
export { describeOutcome, isRetryable, type Failure, type Outcome, type OutcomeKind, type Transient, type TransientReason } from './client/outcome';
export * from './wire';
