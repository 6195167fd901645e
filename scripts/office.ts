import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backupOffice } from '../apps/server/src/backup/office-backup.js';
import { restoreOffice } from '../apps/server/src/backup/office-restore.js';
import { askInitOptions } from '../apps/server/src/office-setup/init-questions.js';
import { initOffice } from '../apps/server/src/office-setup/init-office.js';
import { printInitResult } from '../apps/server/src/office-setup/init-report.js';
import { installService } from '../apps/server/src/service/install-service.js';
import { ROOT, SERVER_BUNDLE, SERVER_ENV, SERVER_NODE_FLAGS, bundleServer } from './server-bundle.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * `npm run office -- <command>`: what an office's IT person runs (README «A real office»).
 *   init             a real office in a new data folder (flags, or asked in the terminal)
 *   backup           a consistent copy of a running office, with a manifest of checksums
 *   restore          a backup checked against its manifest, into a new data folder
 *   install-service  the office server as a systemd service (Linux) or a WinSW service (Windows)
 */
const USAGE = `Usage: npm run office -- <init|backup|restore|install-service> [options]
  init --data-dir DIR [--preset ID] [--name NAME] [--office-id ID] [--time-zone TZ]
       [--manager-login LOGIN] [--manager-name NAME] [--manager-pin DIGITS]
       [--windows N] [--cash-desks N] [--weekdays HH:MM-HH:MM] [--saturday HH:MM-HH:MM|closed]
       [--kiosks N] [--boards N] [--address URL]
       [--tls-cert FILE --tls-key FILE] [--backup-dir DIR [--backup-keep N] [--backup-at HH:MM]]
       [--retention-days N]
  backup --data-dir DIR --to DIR
  restore --from BACKUP --data-dir NEW_DIR
  install-service --data-dir DIR [--name queue-office] [--port 8080] [--user USER] [--backup-dir DIR] [--dry-run]`;

const number = (value: string | undefined): number | undefined =>
  value === undefined ? undefined : Number(value);

const main = async (argv: string[]): Promise<number> => {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      'data-dir': { type: 'string' },
      preset: { type: 'string' },
      name: { type: 'string' },
      'office-id': { type: 'string' },
      'time-zone': { type: 'string' },
      'manager-login': { type: 'string' },
      'manager-name': { type: 'string' },
      'manager-pin': { type: 'string' },
      windows: { type: 'string' },
      'cash-desks': { type: 'string' },
      weekdays: { type: 'string' },
      saturday: { type: 'string' },
      kiosks: { type: 'string' },
      boards: { type: 'string' },
      address: { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'backup-dir': { type: 'string' },
      'backup-keep': { type: 'string' },
      'backup-at': { type: 'string' },
      'retention-days': { type: 'string' },
      to: { type: 'string' },
      from: { type: 'string' },
      port: { type: 'string' },
      user: { type: 'string' },
      'dry-run': { type: 'boolean' },
      yes: { type: 'boolean', short: 'y' },
    },
    strict: true,
  });
  const dataDir = values['data-dir'] ? resolve(values['data-dir']) : undefined;
  switch (command) {
    case 'init': {
      const given = {
        dataDir,
        preset: values.preset,
        name: values.name,
        officeId: values['office-id'],
        timeZone: values['time-zone'],
        managerLogin: values['manager-login'],
        managerName: values['manager-name'],
        managerPin: values['manager-pin'],
        windows: number(values.windows),
        cashDesks: number(values['cash-desks']),
        weekdays: values.weekdays,
        saturday: values.saturday,
        kiosks: number(values.kiosks),
        boards: number(values.boards),
        settings: {
          ...(values['tls-cert'] || values['tls-key']
            ? { tls: { cert: resolve(values['tls-cert'] ?? ''), key: resolve(values['tls-key'] ?? '') } }
            : {}),
          ...(values['backup-dir']
            ? {
                backup: {
                  dir: resolve(values['backup-dir']),
                  keep: number(values['backup-keep']) ?? 14,
                  at: values['backup-at'] ?? '23:30',
                },
              }
            : {}),
          ...(values['retention-days'] ? { retention: { days: Number(values['retention-days']) } } : {}),
        },
      };
      // Whatever the flags leave out is asked in the terminal; without one, the defaults stand.
      const options = process.stdin.isTTY && !values.yes ? await askInitOptions(given) : given;
      const result = initOffice(options as Parameters<typeof initOffice>[0]);
      printInitResult(
        result,
        options.dataDir ?? '',
        values.address ?? `http${result.settings.tls ? 's' : ''}://localhost:8080`,
      );
      return 0;
    }
    case 'backup': {
      if (!dataDir || !values.to) break;
      const { path, manifest } = await backupOffice(dataDir, resolve(values.to));
      console.log(`backup of «${manifest.officeName}» up to event ${manifest.seq}: ${path}`);
      return 0;
    }
    case 'restore': {
      if (!dataDir || !values.from) break;
      const manifest = await restoreOffice(resolve(values.from), dataDir);
      console.log(`restored «${manifest.officeName}» up to event ${manifest.seq} into ${dataDir}`);
      console.log(`start it with: DATA_DIR=${dataDir} npm start`);
      return 0;
    }
    case 'install-service': {
      if (!dataDir) break;
      const dryRun = values['dry-run'] ?? false;
      if (!dryRun) {
        // The service runs what is built: the UIs and the server's bundle, made now in this shell.
        if (
          ['kiosk', 'operator', 'board', 'reports'].some(
            (a) => !existsSync(`${ROOT}/apps/${a}/dist/index.html`),
          )
        ) {
          const build = spawnSync('npm', ['run', 'build'], {
            stdio: 'inherit',
            cwd: ROOT,
            shell: process.platform === 'win32',
          });
          if (build.status !== 0) return build.status ?? 1;
        }
        await bundleServer();
      }
      const name = values.name ?? 'queue-office';
      installService({
        platform: process.platform,
        dryRun,
        definition: {
          name,
          description: `Электронная очередь: сервер офиса (${name})`,
          node: process.execPath,
          nodeFlags: SERVER_NODE_FLAGS,
          bundle: SERVER_BUNDLE,
          workingDir: ROOT,
          env: {
            ...SERVER_ENV,
            DATA_DIR: dataDir,
            PORT: String(number(values.port) ?? 8080),
            NODE_ENV: 'production',
          },
          user: values.user,
          writablePaths: [dataDir, ...(values['backup-dir'] ? [resolve(values['backup-dir'])] : [])],
        },
      });
      return 0;
    }
  }
  console.error(USAGE);
  return 2;
};

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
