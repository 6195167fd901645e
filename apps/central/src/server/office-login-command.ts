import { parseArgs } from 'node:util';
import { migrate, saveOfficeLogin } from '@queue/central-db';
import pg from 'pg';

/**
 * Adds an office's login at the centre, or moves it to another office id, or changes its password:
 *   CENTRAL_DATABASE_URL=… CENTRAL_PASSWORD=… npm run central:office -- --login office_bryansk_1 --office bryansk-1
 * The login may then replicate that office only (row-level security). The password comes from the
 * environment, so it stays out of the shell's history; without it an existing login keeps its own.
 */
const { values } = parseArgs({ options: { login: { type: 'string' }, office: { type: 'string' } } });
const url = process.env.CENTRAL_DATABASE_URL;
if (!url || !values.login || !values.office) {
  console.error('Needs CENTRAL_DATABASE_URL (a login that may create roles), --login and --office.');
  process.exit(1);
}
const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  await migrate(client);
  await saveOfficeLogin(client, {
    login: values.login,
    officeId: values.office,
    password: process.env.CENTRAL_PASSWORD ?? null,
  });
} finally {
  await client.end();
}
console.log(`Office login ${values.login} saved: it may replicate office ${values.office} only.`);
