import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The per-user data folder, the same one Electron's app.getPath('userData') gives for "boxoffice",
 * so the desktop app and `boxoffice serve` share one database.
 */
export function userDataFolder(): string {
  const home = homedir();
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'boxoffice');
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'boxoffice');
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'boxoffice');
}

export function defaultDatabaseFile(): string {
  return join(userDataFolder(), 'boxoffice.db');
}
