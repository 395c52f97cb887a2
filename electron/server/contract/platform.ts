import type { StepReason } from '../platform/test-connection';
import { z } from 'zod';
import type { GoLivePlan } from '../../boxoffice/go-live/plan';
import { procedure, MANAGER } from './procedure';

/** The platform settings as the manager's screen shows them: never the secret. */
export interface PlatformSettingsView {
  mode: 'sandbox' | 'platform';
  /** The address reports go to now (the embedded sandbox's loopback address in sandbox mode). */
  url: string;
  appId: string | null;
  hasSecret: boolean;
  updatedAt: number | null;
  sandbox: boolean;
  /** A warning worth reading after a change. */
  notice: string | null;
  /** What the last change did when it moved the books to another platform. */
  switched: PlatformSwitchView | null;
}

/** A move of the books to another platform, counted. */
export interface PlatformSwitchView {
  from: string;
  to: string;
  outcome: 'discard-training' | 'keep-sales' | 'none';
  archivedRecords: number;
  previouslyDelivered: number;
  codesCleared: number;
  trainingOrders: number;
  seatsBackOnSale: number;
  eventsRequeued: number;
}

/** A connection test, step by step, in words. */
export type { StepReason };

export interface PlatformTestView {
  ok: boolean;
  url: string;
  sandbox: boolean;
  /** Each step with its reason as a code (`reason`), which the screens word in the reader's language. */
  steps: { step: 'token' | 'types'; ok: boolean; message: string; reason: StepReason; durationMs: number }[];
  message: string;
  types: number | null;
  /** What going live on this platform would do with the local data (counts; null when the type list did not come back). */
  plan: GoLivePlanView | null;
}

/** What going live would do, counted. */
export type GoLivePlanView = GoLivePlan;

const url = z.string().trim().min(1).max(200);
const appId = z.string().trim().min(1).max(32);
const secret = z.string().min(1).max(100);
/** What moving to another platform does with the data (GO_LIVE_DECISION_REQUIRED without it when it matters). */
const goLive = z.enum(['discard-training', 'keep-sales']);

export const platformProcedures = {
  'platform.get': procedure<PlatformSettingsView>()({ roles: MANAGER, input: z.object({}) }),
  /**
   * Switches reporting to the sandbox, or to a real platform (https; the secret may be left out to keep the stored one). Another
   * platform than the current one needs `goLive` when the data carries the current one's codes, deliveries or sales. Audited.
   */
  'platform.set': procedure<PlatformSettingsView>()({
    roles: MANAGER,
    input: z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('sandbox'), goLive: goLive.optional() }),
      z.object({ mode: z.literal('platform'), url, appId, secret: secret.optional(), goLive: goLive.optional() }),
    ]),
  }),
  /** Tests the current settings, or the given ones before they are saved: a token, then the type list. */
  'platform.test': procedure<PlatformTestView>()({ roles: MANAGER, input: z.object({ url: url.optional(), appId: appId.optional(), secret: secret.optional() }) }),
};
