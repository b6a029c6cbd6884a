import type { Command } from 'commander';
import type { Cli } from '../../cli/cli';
import { type Config, loadConfig } from '../../config';
import { seedDemo } from '../../demo/seed-demo';
import { DEMO_PASSWORD, DEMO_USERS } from '../demo';

/**
 * Said at every start in demo mode, loudly: the demo's passwords and bank secrets are in the README, so anyone can
 * sign in, and mark a bill paid without money, on this server.
 */
export function printDemoWarning(config: Config): void {
  const where = config.databaseUrl ? 'on a PostgreSQL server (BALAI_DEMO=true)' : 'on the embedded database';
  const bar = '!'.repeat(100);
  console.warn(`${bar}
!! DEMO MODE ${where}: PUBLIC CREDENTIALS EXIST ON THIS SERVER.
!! Demo users sign in with the public password "${DEMO_PASSWORD}"; the sandbox bank and the demo banks, whose
!! secrets are public (README), can mark any bill paid without money; taxpayers can simulate QRIS payments.
!! Never keep real taxpayers or real money here. A real installation runs without BALAI_DEMO (see README).
${bar}`);
}

export function printDemoUsers(): void {
  console.log('\nDemo users (password for all: %s):', DEMO_PASSWORD);
  for (const u of DEMO_USERS)
    console.log(`  ${u.email.padEnd(26)} ${u.roles.join(',').padEnd(14)} ${u.regions.join(', ')}`);
  console.log();
}

/** `balai seed --demo`. */
export function demoCommands(program: Command, cli: Cli): void {
  program
    .command('seed')
    .description('seed data')
    .requiredOption('--demo', 'the demo regions (Kota Malang, Kabupaten Bangka) and one user per role')
    .action(() => {
      // Refused before anything is opened: a real database is never touched by the demo.
      const config = loadConfig();
      if (!config.demo) {
        throw new Error(
          config.production
            ? 'production never seeds demo users'
            : 'demo data goes only into a demo: on a PostgreSQL server set BALAI_DEMO=true (it has public passwords)',
        );
      }
      return cli.withDatabase(async ({ clock, db }) => {
        printDemoWarning(config);
        if (await seedDemo(db, clock, cli.areas)) printDemoUsers();
        else console.log('balai: demo data is already present');
      });
    });
}
