import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What `npm start` needs to know of a data folder before the server opens it: whether it holds a real
 * office, and how that office runs (its settings). Read apart from the store so the demo's extras (the
 * virtual printer, the printed demo tokens) are never started for a real office, and the certificate is
 * loaded before the server listens.
 */
const officeFile = (dataDir: string): { kind?: unknown; settings?: unknown } | null => {
  const file = join(dataDir, 'office.json');
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { kind?: unknown; settings?: unknown };
  } catch {
    return null; // the server's own open says what is wrong with it
  }
};

/** An empty folder becomes the demo office; a folder made by `office init` holds a real one. */
export const holdsRealOffice = (dataDir: string): boolean => officeFile(dataDir)?.kind === 'office';

/** The settings kept in office.json (parsed by `settingsInForce`), `undefined` when none. */
export const storedSettings = (dataDir: string): unknown => officeFile(dataDir)?.settings;
