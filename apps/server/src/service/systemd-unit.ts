import type { ServiceDefinition } from './service-definition.js';

/** systemd quotes: a word with spaces or quotes goes in double quotes, `\` and `"` escaped; `%` doubled. */
const word = (value: string): string => {
  const escaped = value.replace(/%/g, '%%');
  return /[\s"'\\]/.test(escaped) ? `"${escaped.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : escaped;
};

/**
 * The Linux service (`/etc/systemd/system/<name>.service`). `Restart=always`: the server exits 70 on an
 * error nothing caught (process-safety-net.ts) and recovers from its log on the next start; a stop
 * asked for by `systemctl stop` is not restarted. The server is sandboxed to what it needs: the system
 * read-only, its data and backup folders writable.
 */
export const systemdUnit = (service: ServiceDefinition): string => {
  const env = Object.entries(service.env).map(([k, v]) => `Environment=${word(`${k}=${v}`)}`);
  return [
    '[Unit]',
    `Description=${service.description}`,
    'Documentation=file://' + service.workingDir.replace(/ /g, '%20') + '/README.md',
    'After=network-online.target',
    'Wants=network-online.target',
    // Restarted however often it fails: an office without its queue is worse than a busy log.
    'StartLimitIntervalSec=0',
    '',
    '[Service]',
    'Type=simple',
    ...(service.user ? [`User=${service.user}`] : []),
    `WorkingDirectory=${word(service.workingDir)}`,
    ...env,
    `ExecStart=${[service.node, ...service.nodeFlags, service.bundle].map(word).join(' ')}`,
    'Restart=always',
    'RestartSec=2',
    // SIGTERM: the server closes its sockets, writes a checkpoint and exits 0 (main.ts).
    'KillSignal=SIGTERM',
    'TimeoutStopSec=30',
    'NoNewPrivileges=yes',
    'ProtectSystem=full',
    'PrivateTmp=yes',
    ...(service.writablePaths.length > 0
      ? [`ReadWritePaths=${service.writablePaths.map(word).join(' ')}`]
      : []),
    '',
    '[Install]',
    'WantedBy=multi-user.target',
    '',
  ].join('\n');
};
