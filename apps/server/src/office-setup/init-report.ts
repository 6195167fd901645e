import type { DeviceRole } from '@queue/engine';
import { renderUnicodeCompact } from 'uqr';
import type { InitResult } from './init-office.js';

/** The address a kiosk or hall display opens with its token: what its QR code holds. */
export const deviceAddress = (base: string, role: DeviceRole, token: string): string | null =>
  role === 'integration' || role === 'door'
    ? null
    : `${base.replace(/\/+$/, '')}/${role}/?token=${encodeURIComponent(token)}`;

/**
 * What `office init` prints, once: the manager's PIN if it was made here, and each device's token with
 * its address as a QR code to scan into the kiosk or hall display. Nothing of it can be shown again:
 * the office keeps hashes only (a lost token is revoked and issued anew in the settings screen).
 */
export const initReport = (result: InitResult, dataDir: string, base: string): string => {
  const lines = [
    `«${result.config.name}» (${result.config.id}) is made in ${dataDir}:`,
    `  ${result.config.windows.length} windows, ${result.config.services.length} topics, norms «${result.config.profile.title}»`,
    `  manager: login «${result.manager.login}»${result.manager.pinMadeHere ? `, PIN ${result.manager.pin} (shown once)` : ''}`,
    '',
    'Device tokens, shown once (the office keeps only their hashes):',
  ];
  for (const device of result.devices) {
    const address = deviceAddress(base, device.role, device.token);
    lines.push('', `  ${device.label} (${device.id}): ${device.token}`);
    if (address) lines.push(`  ${address}`, renderUnicodeCompact(address, { border: 1 }));
  }
  lines.push(
    '',
    `Start it:           DATA_DIR=${dataDir} npm start`,
    `As a service:       npm run office -- install-service --data-dir ${dataDir} --user <account>`,
    'Then, as the manager, finish the set-up in /reports/settings: staff and their PINs, topics, windows.',
  );
  return lines.join('\n');
};

export const printInitResult = (result: InitResult, dataDir: string, base: string): void =>
  console.log(initReport(result, dataDir, base));
