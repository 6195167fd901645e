/**
 * What the preload needs to know before the page runs — the role, and the kiosk's printer — passed as
 * one command-line argument of the renderer (`webPreferences.additionalArguments`), because a sandboxed
 * preload can read `process.argv` at once, while an IPC round trip would make `role` asynchronous.
 */
import type { CodePage, Paper } from '@queue/kiosk-hardware';
import type { Role } from './settings.js';

export const BRIDGE_ARGUMENT = '--queue-desktop=';

export interface BridgeInfo {
  role: Role;
  version: string;
  /** The local printer of a kiosk: the layout follows its roll and code page. */
  printer: { paper: Paper; codePage: CodePage } | null;
}

export function bridgeArguments(info: BridgeInfo): string[] {
  return [`${BRIDGE_ARGUMENT}${encodeURIComponent(JSON.stringify(info))}`];
}

const isRole = (value: unknown): value is Role =>
  value === 'kiosk' || value === 'operator' || value === 'board';

/** Reads the argument back; anything malformed means no bridge information at all. */
export function parseBridgeArguments(argv: readonly string[]): BridgeInfo | null {
  const argument = argv.find((a) => a.startsWith(BRIDGE_ARGUMENT));
  if (!argument) return null;
  let value: unknown;
  try {
    value = JSON.parse(decodeURIComponent(argument.slice(BRIDGE_ARGUMENT.length)));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { role, version, printer } = value as Record<string, unknown>;
  if (!isRole(role) || typeof version !== 'string') return null;
  return { role, version, printer: parsePrinter(printer) };
}

function parsePrinter(value: unknown): BridgeInfo['printer'] {
  if (typeof value !== 'object' || value === null) return null;
  const { paper, codePage } = value as Record<string, unknown>;
  if ((paper !== '80mm' && paper !== '58mm') || (codePage !== 'CP866' && codePage !== 'WPC1251')) return null;
  return { paper, codePage };
}
