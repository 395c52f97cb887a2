import type { Command } from './command';
import { backupCommand } from './backup';
import { demoCommand } from './demo';
import { sandboxCommand } from './sandbox';

/** Every `boxoffice` command, in the order `--help` lists them. */
export const commands: Command[] = [demoCommand, backupCommand, sandboxCommand];
