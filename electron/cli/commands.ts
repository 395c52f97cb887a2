import type { Command } from './command';
import { backupCommand } from './backup';
import { restoreCommand } from './restore';
import { demoCommand } from './demo';
import { sandboxCommand } from './sandbox';
import { serveCommand } from './serve';
import { platformCommand } from './platform';
import { syncCommand } from './sync';
import { typesCommand } from './types';
import { pairCommand } from './pair';
import { trainingArchiveCommand } from './training-archive';

/** Every `boxoffice` command, in the order `--help` lists them. */
export const commands: Command[] = [serveCommand, demoCommand, backupCommand, restoreCommand, sandboxCommand, platformCommand, typesCommand, syncCommand, trainingArchiveCommand, pairCommand];
