import { resolve } from 'node:path';
import { ALWAYS_OPEN, demoOffice, isPresetId } from '@queue/engine';
import { demoCredentialsIn } from './auth/demo-credentials.js';
import { readFileSync } from 'node:fs';
import { holdsRealOffice, storedSettings } from './office-setup/office-folder.js';
import { settingsInForce } from './office-setup/office-settings.js';
import { ownAddress } from './own-address.js';
import { parseAllowedOrigins } from './http/office-origins.js';
import { installProcessSafetyNet } from './process-safety-net.js';
import { logSettings, officeLogger } from './logging/office-logger.js';
import { pointKioskAtPrinter, startDemoVirtualPrinter } from './printing/demo-virtual-printer.js';
import { printingRoutes } from './printing/printing-routes.js';
import { DEMO_DEVICE_TOKENS } from './seed.js';
import { startServer } from './server.js';
import { startWindowHardware, windowHardwareSettings } from './window-hardware/index.js';

/**
 * `npm start`: the office in DATA_DIR (./data) on PORT (8080): a real office made by `npm run office --
 * init`, or, in an empty folder, the demo office. OFFICE_PRESET picks the norm
 * preset of a new office; DEMO_HOURS=always opens the demo office round the clock. The demo kiosk prints
 * to a virtual printer on VIRTUAL_PRINTER_PORT (9100, or a free port when taken); VIRTUAL_PRINTER=off
 * leaves the kiosk's printer as configured.
 */
const dataDirForLogs = resolve(process.env.DATA_DIR ?? './data');
// The server's log: JSON lines with levels, to standard output and rotated files (logging/office-logger.ts).
const { logger, close: closeLog } = await officeLogger(logSettings(process.env, dataDirForLogs));
installProcessSafetyNet(
  (line) => logger.fatal(line),
  (code) => {
    closeLog();
    process.exit(code);
  },
);
const say = {
  log: (line: string) => logger.info(line),
  warn: (line: string) => logger.warn(line),
  error: (line: string) => logger.error(line),
};

const port = Number(process.env.PORT ?? 8080);
// Every interface unless told: the office's own network reaches it by the address of one (README).
const host = process.env.HOST?.trim() || '0.0.0.0';
const allowedOrigins = parseAllowedOrigins(process.env.ALLOWED_ORIGINS);
const dataDir = dataDirForLogs;
const preset = process.env.OFFICE_PRESET ?? 'default';
if (!isPresetId(preset)) {
  say.error(`Unknown OFFICE_PRESET "${preset}".`);
  process.exit(1);
}

// A folder made by `npm run office -- init` holds a real office: none of the demo's extras for it.
const realOffice = holdsRealOffice(dataDir);
// TLS, the daily backup, retention: office.json's settings, each overridden by its environment variable.
const settings = settingsInForce(storedSettings(dataDir), process.env);
const tls = settings.tls
  ? { cert: readFileSync(settings.tls.cert, 'utf8'), key: readFileSync(settings.tls.key, 'utf8') }
  : undefined;

const printer =
  process.env.VIRTUAL_PRINTER === 'off' || realOffice
    ? null
    : await startDemoVirtualPrinter(Number(process.env.VIRTUAL_PRINTER_PORT ?? 9100));

// Checked before the server starts, so a mistyped LED_BAUD_RATE stops `npm start` with the reason.
const hardwareSettings = windowHardwareSettings(process.env);

let ownUrl: string | null = null;
const server = await startServer({
  port,
  host,
  allowedOrigins,
  dataDir,
  config: demoOffice({ preset, ...(process.env.DEMO_HOURS === 'always' ? { hours: ALWAYS_OPEN } : {}) }),
  log: (line) => logger.warn(line),
  // The phone page's link on a printed ticket, until the office sets its own address (issue 18).
  routes: printingRoutes({ virtualPrinter: printer, ownUrl: () => ownUrl }),
  ...(tls ? { tls } : {}),
  ...(settings.backup ? { dailyBackup: settings.backup } : {}),
  // Replication to the head office (docs/SCALING.md), only when its database is named.
  ...(process.env.CENTRAL_DATABASE_URL
    ? {
        replication: {
          url: process.env.CENTRAL_DATABASE_URL,
          ...(process.env.CENTRAL_OFFICE_ID ? { officeId: process.env.CENTRAL_OFFICE_ID } : {}),
        },
      }
    : {}),
});
ownUrl = ownAddress(server.port, tls !== undefined);
if (printer) pointKioskAtPrinter(server.store, 'kiosk-1', { host: printer.host, port: printer.port });

const base = server.url;
say.log(`${server.runtime.state.config.name}: office server on ${base} (data: ${dataDir})`);
say.log(`  listening on:   ${host}:${server.port}${host === '0.0.0.0' ? ' (every interface)' : ''}`);
if (realOffice) {
  say.log(`  kiosk:          ${base}/kiosk/ (with the device token made at set-up)`);
  say.log(`  operator:       ${base}/operator/`);
  say.log(`  board (hall):   ${base}/board/ (with the device token made at set-up)`);
  say.log(`  board (admin):  ${base}/board/admin`);
  say.log(
    `  reports:        ${base}/reports/ (staffing plan: ${base}/reports/staffing; office settings: ${base}/reports/settings)`,
  );
  // Copied in by hand, or an old demo file marked real: refused at sign-in and handshake, said here.
  const demo = await demoCredentialsIn(server.store.file, server.runtime.state.config.staff);
  for (const found of demo)
    say.warn(`  WARNING: ${found}; a real office refuses the demo's credentials (README «A real office»).`);
} else {
  say.log(`  kiosk:          ${base}/kiosk/?token=${DEMO_DEVICE_TOKENS['kiosk-1']}`);
  say.log(`  operator:       ${base}/operator/`);
  say.log(`  board (hall):   ${base}/board/?token=${DEMO_DEVICE_TOKENS['board-1']}`);
  say.log(`  board (admin):  ${base}/board/admin`);
  say.log(
    `  reports:        ${base}/reports/ (manager/2222; staffing plan: ${base}/reports/staffing; office settings: ${base}/reports/settings)`,
  );
}
say.log(`  health:         ${base}/health`);
if (settings.backup)
  say.log(
    `  daily backup:   ${settings.backup.dir} at ${settings.backup.at}, the last ${settings.backup.keep} kept`,
  );
if (server.replicator) say.log(`  head office:    replicating as "${server.replicator.status().officeId}"`);
if (printer) {
  say.log(`  printer:        ${base}/printer (virtual printer on tcp://${printer.host}:${printer.port})`);
}

// Serial LED window displays and call buttons, only when LED_SERIAL_PORT / CALL_BUTTON_SERIAL_PORT are
// set (docs/HARDWARE.md §7). A missing device is reported; the office keeps working without it.
const hardware = await startWindowHardware(server.runtime, hardwareSettings, {
  log: (line) => say.log(`  ${line}`),
});
if (hardware?.led) say.log(`  LED displays:   ${hardwareSettings.led?.path}`);
if (hardware?.buttons) say.log(`  call buttons:   ${hardwareSettings.buttons?.path}`);

const stop = async () => {
  await hardware?.close();
  await server.close();
  await printer?.close();
  closeLog();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
