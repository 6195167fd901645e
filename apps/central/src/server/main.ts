import { startCentral } from './central-server.js';

/**
 * The head office's service: `npm run central` (README «Head office»). CENTRAL_DATABASE_URL names the
 * central PostgreSQL (its own login, which may create tables); CENTRAL_PORT (8090) its HTTP port;
 * CENTRAL_SILENT_AFTER_S (60) when an office without contact counts as silent; CENTRAL_COMPANY the
 * company's name in report headings; CENTRAL_DEMO_USERS=1 adds the demo's two users to an empty database.
 */
const databaseUrl = process.env.CENTRAL_DATABASE_URL;
if (!databaseUrl) {
  console.error('CENTRAL_DATABASE_URL is required (postgres://user:password@host:5432/database).');
  process.exit(1);
}
const central = await startCentral({
  databaseUrl,
  port: Number(process.env.CENTRAL_PORT ?? 8090),
  silentAfterMs: Number(process.env.CENTRAL_SILENT_AFTER_S ?? 60) * 1000,
  company: process.env.CENTRAL_COMPANY ?? 'Компания',
  demoUsers: process.env.CENTRAL_DEMO_USERS === '1',
});
console.log(`Head office on ${central.url}/central/`);

const stop = async () => {
  await central.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
