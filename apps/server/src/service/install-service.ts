import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceDefinition } from './service-definition.js';
import { SERVICE_NAME } from './service-definition.js';
import { systemdUnit } from './systemd-unit.js';
import { winswDescriptor } from './winsw-descriptor.js';

export interface InstallRequest {
  definition: ServiceDefinition;
  platform: NodeJS.Platform;
  /** Print what would be written and run, and change nothing. */
  dryRun: boolean;
  /** Where systemd units live (`/etc/systemd/system`). */
  unitDir?: string;
  say?: (line: string) => void;
}

const run = (command: string, args: string[], say: (line: string) => void): void => {
  say(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
};

/**
 * `npm run office -- install-service`: the office server as a service that starts with the computer and
 * is restarted when it exits. Linux: a systemd unit, enabled and started. Windows: a WinSW descriptor
 * beside WinSW's executable (`service/<name>.exe`, which the IT person downloads once: no installer
 * may fetch a binary), then `install` and `start`. Returns the file written.
 */
export const installService = (request: InstallRequest): string => {
  const { definition, platform, dryRun } = request;
  const say = request.say ?? console.log;
  if (!SERVICE_NAME.test(definition.name))
    throw new Error(`service name «${definition.name}»: a-z, digits, dashes`);
  if (platform === 'linux') {
    if (!definition.user)
      throw new Error('--user: the account the server runs as (it owns the data folder), never root');
    const file = join(request.unitDir ?? '/etc/systemd/system', `${definition.name}.service`);
    const unit = systemdUnit(definition);
    if (dryRun) {
      say(`# ${file}\n${unit}`);
      return file;
    }
    writeFileSync(file, unit);
    say(`written: ${file}`);
    run('systemctl', ['daemon-reload'], say);
    run('systemctl', ['enable', '--now', definition.name], say);
    say(`status: systemctl status ${definition.name}; logs: journalctl -u ${definition.name}`);
    return file;
  }
  if (platform === 'win32') {
    const dir = join(definition.workingDir, 'service');
    const file = join(dir, `${definition.name}.xml`);
    const exe = join(dir, `${definition.name}.exe`);
    const descriptor = winswDescriptor(definition);
    if (dryRun) {
      say(`# ${file}\n${descriptor}`);
      return file;
    }
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, descriptor);
    say(`written: ${file}`);
    if (!existsSync(exe))
      throw new Error(
        `WinSW is not at ${exe}: download WinSW-x64.exe (version 2.12) from its releases page, save it under that name, and run this again`,
      );
    run(exe, ['install'], say);
    run(exe, ['start'], say);
    return file;
  }
  throw new Error(`no service manager for ${platform}: run the server under your own supervisor (README)`);
};
