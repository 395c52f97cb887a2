#!/usr/bin/env node
import { UsageError, type Command } from './cli/command';
import { commands } from './cli/commands';

const HELP = `boxoffice: offline-first box office with platform reporting

Usage: boxoffice <command> [flags]

Commands:
${commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Run "boxoffice <command> --help" for a command's flags.`;

/** Runs the CLI and returns the exit code; usage mistakes exit 2, failures 1. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(HELP);
    return name === undefined ? 2 : 0;
  }
  const command: Command | undefined = commands.find((c) => c.name === name);
  if (!command) {
    console.error(`boxoffice: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.usage);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`boxoffice ${command.name}: ${error.message}\n\n${command.usage}`);
      return 2;
    }
    console.error(`boxoffice ${command.name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

const exitCode = await main(process.argv.slice(2));
// Long-running commands (serve, sandbox) resolve only when they stop; the rest exit here.
process.exitCode = exitCode;
