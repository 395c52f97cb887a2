import { app } from 'electron';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ShellSettings {
  /** Terminal mode: the URL of another venue PC's core to open instead of starting one here. */
  hub: string | null;
  /** The SHA-256 fingerprint of the hub's certificate, from its pairing QR code or Manage → 设备; pinned. */
  hubFingerprint: string | null;
  /** The default printer for silent ticket printing; null uses the system default. */
  ticketPrinter: string | null;
}

/** Reads `shell.json` in the user data folder; a missing or broken file means defaults. */
export function readShellSettings(): ShellSettings {
  const defaults: ShellSettings = { hub: null, hubFingerprint: null, ticketPrinter: null };
  try {
    const raw = JSON.parse(readFileSync(join(app.getPath('userData'), 'shell.json'), 'utf8')) as Partial<ShellSettings>;
    return {
      hub: typeof raw.hub === 'string' && /^https?:\/\//.test(raw.hub) ? raw.hub : null,
      hubFingerprint: typeof raw.hubFingerprint === 'string' ? raw.hubFingerprint : null,
      ticketPrinter: typeof raw.ticketPrinter === 'string' ? raw.ticketPrinter : null,
    };
  } catch {
    return defaults;
  }
}

/** `--hub URL` on the command line overrides the setting. */
export function hubFromArgs(argv: readonly string[]): string | null {
  const value = flagValue(argv, '--hub');
  return value && /^https?:\/\//.test(value) ? value : null;
}

/** `--hub-fingerprint FP`; a pairing link given as `--hub` (`…#pair=…&fp=…`) carries it too. */
export function hubFingerprintFromArgs(argv: readonly string[]): string | null {
  return flagValue(argv, '--hub-fingerprint') ?? null;
}

function flagValue(argv: readonly string[], flag: string): string | undefined {
  const index = argv.indexOf(flag);
  return index >= 0 ? argv[index + 1] : argv.find((arg) => arg.startsWith(`${flag}=`))?.slice(flag.length + 1);
}
