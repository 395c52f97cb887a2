import type { Command } from './command';
import { backupCommand } from './backup';
import { demoCommand } from './demo';
import { sandboxCommand } from './sandbox';
import { serveCommand } from './serve';
import { platformCommand } from './platform';
import { syncCommand } from './sync';
import { typesCommand } from './types';
import { trainingArchiveCommand } from './training-archive';

/** Every `boxoffice` command, in the order `--help` lists them. */
export const commands: Command[] = [serveCommand, demoCommand, backupCommand, sandboxCommand, platformCommand, typesCommand, syncCommand, trainingArchiveCommand];
