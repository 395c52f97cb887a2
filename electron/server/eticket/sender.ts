import type { Db } from '../../../db/open';
import type { PersonalDataCipher } from '../../boxoffice/personal-data/cipher';
import type { DomainContext } from '../../boxoffice/context';
import { dueDeliveries, settleDelivery, type OutgoingSms, type SendOutcome } from '../../boxoffice/eticket/outgoing';
import type { Clock } from '../../reporter/sync';
import { NamedTimers } from '../../reporter/sync/timers';
import { SYSTEM_ACTOR } from '../auth/actor';
import { AliyunSmsProvider } from './providers/aliyun';
import type { SmsProvider, SmsResult } from './providers/provider';
import { RecorderSmsProvider } from './providers/recorder';
import { withoutNumbers } from './providers/scrub';
import { readSmsSettings, type SmsProviderSettings } from './settings';

/** How often the queue is looked at, how many a round sends, and how attempts back off. */
export interface SenderTuning {
  intervalMs: number;
  batch: number;
  /** Wait before attempt n+1: min(firstRetryMs × 2^(n−1), maxRetryMs). */
  firstRetryMs: number;
  maxRetryMs: number;
  /** After this many attempts a delivery fails for good (the clerk can resend, or print). */
  maxAttempts: number;
}

export const DEFAULT_SENDER_TUNING: SenderTuning = { intervalMs: 2_000, batch: 20, firstRetryMs: 30_000, maxRetryMs: 30 * 60_000, maxAttempts: 8 };

export interface SenderOptions {
  db: Db;
  cipher: () => PersonalDataCipher;
  clock: Clock;
  /** Training (the sandbox platform): every message goes to the recorder, whatever provider is set. */
  training: () => boolean;
  tuning?: Partial<SenderTuning>;
  /** Makes the real provider from its settings (tests add their fake server's CA). */
  aliyun?: (settings: Extract<SmsProviderSettings, { provider: 'aliyun' }>) => SmsProvider;
  /** What a failed round becomes: logged, never thrown (a background loop must not take the core down). */
  onError?: (error: unknown) => void;
}

/** The wait before the next attempt, after `attempts` failed ones. */
export function retryDelay(tuning: SenderTuning, attempts: number): number {
  return Math.min(tuning.firstRetryMs * 2 ** Math.max(0, attempts - 1), tuning.maxRetryMs);
}

/**
 * The e-ticket delivery loop: every few seconds it sends what is due (the sales' and resends' rows of
 * eticket_deliveries), one message at a time, and records each outcome; failures back off and end as `failed`
 * with their reason after `maxAttempts`. It never throws: a round that fails is logged and the next one runs.
 */
export class ETicketSender {
  private readonly tuning: SenderTuning;
  private readonly timers: NamedTimers;
  private running = false;
  /** Set by stop(): a round in progress ends after the message in hand. */
  private stopped = false;
  private round: Promise<void> | null = null;
  private provider: { key: string; provider: SmsProvider } | null = null;
  private readonly recorder: RecorderSmsProvider;
  private readonly onError: (error: unknown) => void;

  constructor(private readonly options: SenderOptions) {
    this.tuning = { ...DEFAULT_SENDER_TUNING, ...options.tuning };
    // Never the error itself: a provider's message could carry a number; its text is scrubbed first.
    this.onError = options.onError ?? ((error) => console.error('[eticket] a delivery round failed:', withoutNumbers(error instanceof Error ? error.message : String(error))));
    this.timers = new NamedTimers(options.clock, () => this.running, this.onError);
    this.recorder = new RecorderSmsProvider(options.db, () => options.clock.now());
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.stopped = false;
    this.timers.repeat('round', this.tuning.intervalMs, () => void this.runOnce());
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopped = true;
    this.timers.clearAll();
    await this.round;
    await this.provider?.provider.close?.();
    this.provider = null;
  }

  /** One round now (tests; rounds never overlap). Resolves when it is done; never rejects. */
  runOnce(): Promise<void> {
    this.round ??= this.sendDue()
      .catch((error: unknown) => this.onError(error))
      .finally(() => {
        this.round = null;
      });
    return this.round;
  }

  private ctx(): DomainContext {
    return { db: this.options.db, cipher: this.options.cipher(), clock: () => this.options.clock.now(), actor: SYSTEM_ACTOR };
  }

  private providerNow(): SmsProvider {
    if (this.options.training()) return this.recorder;
    const settings = readSmsSettings(this.options.db, this.options.cipher());
    if (settings.provider === 'recorder') return this.recorder;
    const key = `${settings.updatedAt}`;
    if (this.provider?.key !== key) {
      void this.provider?.provider.close?.();
      const make = this.options.aliyun ?? ((s) => new AliyunSmsProvider(s));
      this.provider = { key, provider: make(settings) };
    }
    return this.provider.provider;
  }

  /** Sends what is due, a batch at a time, until nothing due is left (a backlog after an outage drains in one round). */
  private async sendDue(): Promise<void> {
    for (;;) {
      const due = dueDeliveries(this.ctx(), this.tuning.batch);
      if (due.length === 0) return;
      const provider = this.providerNow();
      for (const sms of due) {
        if (this.stopped) return;
        const result = await this.attempt(provider, sms);
        settleDelivery(this.ctx(), sms.deliveryId, this.outcome(provider.name, sms, result));
      }
      if (due.length < this.tuning.batch) return;
      // Between batches the event loop serves the windows and gates.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  private async attempt(provider: SmsProvider, sms: OutgoingSms): Promise<SmsResult> {
    if (sms.refunded) return { kind: 'failed', reason: 'refunded before it was sent' };
    if (sms.phone === null) return { kind: 'failed', reason: 'no mainland mobile number on the order' };
    try {
      return await provider.send({ outId: sms.deliveryId, phone: sms.phone, params: sms.params, text: sms.text });
    } catch (error) {
      return { kind: 'retry', reason: withoutNumbers(error instanceof Error ? error.message : String(error)).slice(0, 200) };
    }
  }

  private outcome(provider: string, sms: OutgoingSms, result: SmsResult): SendOutcome {
    if (result.kind !== 'retry') return { ...result, provider };
    const attempts = sms.attempts + 1;
    if (attempts >= this.tuning.maxAttempts) return { kind: 'failed', provider, reason: `gave up after ${attempts} attempts: ${result.reason}` };
    return { kind: 'retry', provider, reason: result.reason, nextAttemptAt: this.options.clock.now() + retryDelay(this.tuning, attempts) };
  }
}
