import { parseArgs } from 'node:util';
import { migrate } from '@queue/central-db';
import pg from 'pg';
import { CENTRAL_ROLES, type CentralRole } from '../contract/central-api.js';
import { saveUser } from './auth/central-users.js';

/**
 * Adds a head-office user, or resets one's name, role and password:
 *   CENTRAL_DATABASE_URL=… CENTRAL_PASSWORD=… npm run central:user -- --login orlova --name "Орлова Н. С." --role company_manager
 * The password comes from the environment, so it stays out of the shell's history.
 */
const { values } = parseArgs({
  options: { login: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } },
});
const url = process.env.CENTRAL_DATABASE_URL;
const password = process.env.CENTRAL_PASSWORD;
const role = values.role as CentralRole;
if (!url || !password || !values.login || !values.name || !CENTRAL_ROLES.includes(role)) {
  console.error(
    `Needs CENTRAL_DATABASE_URL, CENTRAL_PASSWORD, --login, --name and --role (${CENTRAL_ROLES.join(' | ')}).`,
  );
  process.exit(1);
}
const db = new pg.Pool({ connectionString: url, max: 1 });
const client = await db.connect();
await migrate(client);
client.release();
await saveUser(db, { login: values.login, fullName: values.name, role, password });
await db.end();
console.log(`User ${values.login} (${role}) saved.`);
