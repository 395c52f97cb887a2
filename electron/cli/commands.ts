import type { Command } from './command';
import { backupCommand } from './backup';

/** Every `boxoffice` command, in the order `--help` lists them. */
export const commands: Command[] = [backupCommand];
