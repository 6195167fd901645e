/**
 * What either service manager runs (issue 15): plain Node on the server's bundle, in the checkout's
 * folder, with the office's data folder and port in its environment. Everything is an absolute path,
 * because neither systemd nor the Windows service manager starts in the installer's folder.
 */
export interface ServiceDefinition {
  /** The service's name: `queue-office` unless an office PC runs more than one. */
  name: string;
  /** Shown by `systemctl status` and in the Windows services list. */
  description: string;
  node: string;
  nodeFlags: readonly string[];
  /** apps/server/dist/main.mjs, built by `npm run build`. */
  bundle: string;
  workingDir: string;
  env: Record<string, string>;
  /** Linux: the account the server runs as (owns the data folder); never root. */
  user?: string;
  /** Folders the server writes (data, backups, logs): the only ones it may write under systemd's protection. */
  writablePaths: readonly string[];
}

export const SERVICE_NAME = /^[a-z][a-z0-9-]{0,62}$/;
