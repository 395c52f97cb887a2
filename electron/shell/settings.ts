import { app } from 'electron';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ShellSettings {
  /** Terminal mode: the URL of another venue PC's core to open instead of starting one here. */
  hub: string | null;
  /** The default printer for silent ticket printing; null uses the system default. */
  ticketPrinter: string | null;
}

/** Reads `shell.json` in the user data folder; a missing or broken file means defaults. */
export function readShellSettings(): ShellSettings {
  const defaults: ShellSettings = { hub: null, ticketPrinter: null };
  try {
    const raw = JSON.parse(readFileSync(join(app.getPath('userData'), 'shell.json'), 'utf8')) as Partial<ShellSettings>;
    return {
      hub: typeof raw.hub === 'string' && /^https?:\/\//.test(raw.hub) ? raw.hub : null,
      ticketPrinter: typeof raw.ticketPrinter === 'string' ? raw.ticketPrinter : null,
    };
  } catch {
    return defaults;
  }
}

/** `--hub URL` on the command line overrides the setting. */
export function hubFromArgs(argv: readonly string[]): string | null {
  const index = argv.indexOf('--hub');
  const value = index >= 0 ? argv[index + 1] : argv.find((arg) => arg.startsWith('--hub='))?.slice('--hub='.length);
  return value && /^https?:\/\//.test(value) ? value : null;
}
