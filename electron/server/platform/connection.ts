import type { Db } from '../../../db/open';
import { PlatformClient, type PlatformClientOptions } from '../../reporter';
import type { PersonalDataCipher } from '../../boxoffice/personal-data/cipher';
import { persistedToken, targetFingerprint, type TokenSealer } from '../../reporter/sync';
import type { RunningSandbox } from '../../sandbox';
import type { PlatformSettings } from './settings';
import { startEmbeddedSandbox, type PlatformTarget } from './target';

/** Client options the core adds to every platform client (tests shorten the timeouts). */
export type ClientTuning = Pick<PlatformClientOptions, 'timeouts' | 'connections' | 'ca' | 'onRequestLog'>;

/**
 * The platform the core reports to, and the client that talks to it: the embedded sandbox until a manager
 * configures a real platform. Switching at run time builds a new client (and starts or stops the sandbox);
 * the caller hands the new client to the sync worker, then retires the old one.
 */
export class PlatformConnection {
  private constructor(
    private readonly db: Db,
    private readonly dbFile: string,
    private readonly tuning: ClientTuning,
    private readonly sealer: TokenSealer | undefined,
    public target: PlatformTarget,
    public client: PlatformClient,
    private sandbox: RunningSandbox | null,
  ) {}

  /** Connects to what the settings name. */
  static async open(options: { db: Db; dbFile: string; settings: PlatformSettings; tuning?: ClientTuning; cipher?: () => PersonalDataCipher }): Promise<PlatformConnection> {
    const tuning = options.tuning ?? {};
    const sealer = options.cipher ? tokenSealer(options.cipher) : undefined;
    const { target, sandbox } = await resolve(options.dbFile, options.settings, null);
    return new PlatformConnection(options.db, options.dbFile, tuning, sealer, target, makeClient(options.db, target, tuning, sealer), sandbox);
  }

  /** Whether these settings would reach another platform account than the current one. */
  changes(settings: PlatformSettings): boolean {
    if (settings.mode === 'sandbox') return !this.target.sandbox;
    return this.target.sandbox || targetFingerprint(settings.url, settings.appId) !== targetFingerprint(this.target.url, this.target.appId);
  }

  /** Switches to new settings; call `retire()` once nothing uses the old client any more. */
  async apply(settings: PlatformSettings): Promise<{ platformChanged: boolean; retire: () => Promise<void> }> {
    const platformChanged = this.changes(settings);
    const previous = { client: this.client, sandbox: this.sandbox };
    const next = await resolve(this.dbFile, settings, this.sandbox);
    this.target = next.target;
    this.sandbox = next.sandbox;
    this.client = makeClient(this.db, next.target, this.tuning, this.sealer);
    return {
      platformChanged,
      retire: async () => {
        await previous.client.close();
        if (previous.sandbox && previous.sandbox !== next.sandbox) await previous.sandbox.close();
      },
    };
  }

  /** Closes the client and stops the embedded sandbox. */
  async close(): Promise<void> {
    await this.client.destroy();
    await this.sandbox?.close();
  }
}

async function resolve(dbFile: string, settings: PlatformSettings, running: RunningSandbox | null): Promise<{ target: PlatformTarget; sandbox: RunningSandbox | null }> {
  if (settings.mode === 'platform') return { target: { url: settings.url, appId: settings.appId, secret: settings.secret, sandbox: false }, sandbox: null };
  if (running) return { target: { url: running.url, appId: running.appId, secret: running.secret, sandbox: true }, sandbox: running };
  const embedded = await startEmbeddedSandbox(dbFile);
  return { target: embedded.target, sandbox: embedded.sandbox };
}

/** The platform token is kept between runs encrypted with the database's key, like the secret it was bought with. */
function tokenSealer(cipher: () => PersonalDataCipher): TokenSealer {
  return {
    seal: (token) => cipher().encrypt(token, 'platform_token').toString('base64'),
    open: (sealed) => cipher().decrypt(Buffer.from(sealed, 'base64'), 'platform_token'),
  };
}

function makeClient(db: Db, target: PlatformTarget, tuning: ClientTuning, sealer: TokenSealer | undefined): PlatformClient {
  // TLS is verified by the transport; plain http is refused there unless the address is this machine.
  const token = persistedToken(db, target.url, target.appId, sealer ? { sealer } : {});
  return new PlatformClient({ baseUrl: target.url, appId: target.appId, secret: target.secret, connections: 8, ...tuning, token });
}
