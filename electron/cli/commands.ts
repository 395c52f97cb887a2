import type { Command } from './command';
import { backupCommand } from './backup';
import { demoCommand } from './demo';
import { sandboxCommand } from './sandbox';
import { serveCommand } from './serve';

/** Every `boxoffice` command, in the order `--help` lists them. */
export const commands: Command[] = [serveCommand, demoCommand, backupCommand, sandboxCommand];
