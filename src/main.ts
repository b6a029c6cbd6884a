import { Command } from 'commander';
import { AREAS } from './app';
import { cliFor } from './cli/cli';
import { ConfigError } from './config';
import { DataDirBusyError } from './db/database';
import { Problem, problemText } from './platform/problem';
import { registerProblemMessages } from './platform/problem-messages';

/**
 * The `balai` command line: each area adds its command groups (src/platform/area.ts, `commands`). Every command
 * reads the same configuration (environment) as the server.
 */
const program = new Command('balai')
  .description('Balai: regional revenue and performance platform')
  .showHelpAfterError();

const cli = cliFor(AREAS);
for (const area of AREAS) {
  if (area.messages) registerProblemMessages(area.messages);
  area.commands?.(program, cli);
}

program.parseAsync().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DataDirBusyError) console.error(`balai: ${err.message}`);
  else if (err instanceof Problem) console.error(`balai: ${problemText(err.code, 'en', err.params).detail}`);
  else console.error(`balai: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
