import { randomBytes } from 'node:crypto';
import { type Command, Option } from 'commander';
import { type Cli, requireHostedRegion } from '../../cli/cli';
import { rolesOf } from '../area';
import type { Role } from '../roles';
import { createUser, grantRoles, listRegionUsers, SYSTEM_ACTOR, setPassword } from '../users';

/** `balai users add|list|reset-password`: people and their roles. */
export function usersCommands(program: Command, cli: Cli): void {
  const users = program.command('users').description('people and their roles');
  users
    .command('add')
    .description('create a user (or give an existing one roles) in a region')
    .requiredOption('--region <regionId>')
    .requiredOption('--email <email>')
    .option('--name <name>')
    .addOption(
      new Option('--role <role...>', 'one or more roles').choices(rolesOf(cli.areas)).makeOptionMandatory(),
    )
    .option('--password <password>', 'initial password (default: a generated one, printed once)')
    .action((opts: { region: string; email: string; name?: string; role: Role[]; password?: string }) =>
      cli.withDatabase(async ({ clock, db }) => {
        await requireHostedRegion(db, opts.region);
        const email = opts.email.toLowerCase();
        const [existing] = await db.query<{ id: number }>('SELECT id FROM app_user WHERE email = $1', [
          email,
        ]);
        const actor = { ...SYSTEM_ACTOR, label: 'cli' };
        if (existing) {
          await grantRoles(db, clock.now(), actor, opts.region, existing.id, opts.role);
          console.log(`balai: ${email} now holds ${opts.role.join(', ')} in ${opts.region}`);
          return;
        }
        const password = opts.password ?? randomBytes(12).toString('base64url');
        await createUser(db, clock.now(), actor, opts.region, {
          email,
          name: opts.name ?? email,
          password,
          roles: opts.role,
        });
        console.log(`balai: created ${email} (${opts.role.join(', ')}) in ${opts.region}`);
        if (!opts.password) console.log(`balai: initial password: ${password}`);
      }),
    );
  users
    .command('list')
    .requiredOption('--region <regionId>')
    .action((opts: { region: string }) =>
      cli.withDatabase(async ({ clock, db }) => {
        for (const u of await listRegionUsers(db, opts.region, clock.now())) {
          console.log(
            `${String(u.id).padStart(5)}  ${u.email.padEnd(30)} ${u.roles.join(',').padEnd(20)} ${u.active ? '' : '(disabled)'} ${u.name}`,
          );
        }
      }),
    );
  users
    .command('reset-password')
    .requiredOption('--email <email>')
    .option('--password <password>', 'the new password (default: a generated one, printed once)')
    .action((opts: { email: string; password?: string }) =>
      cli.withDatabase(async ({ clock, db }) => {
        const [user] = await db.query<{ id: number }>('SELECT id FROM app_user WHERE email = $1', [
          opts.email.toLowerCase(),
        ]);
        if (!user) throw new Error(`no user with email ${opts.email}`);
        const password = opts.password ?? randomBytes(12).toString('base64url');
        await setPassword(
          db,
          clock.now(),
          { ...SYSTEM_ACTOR, label: 'cli' },
          user.id,
          password,
          'user.password_reset',
        );
        console.log(`balai: password reset for ${opts.email}; sessions ended, lockout lifted`);
        if (!opts.password) console.log(`balai: new password: ${password}`);
      }),
    );
}
