import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Whether `npm start` on this folder runs the demo: an empty folder becomes the demo office; a folder
 * made by `office init` holds a real one (`kind: "office"` in office.json). Read before the server
 * opens the folder, so the demo's extras (the virtual printer, the printed demo tokens) are never
 * started for a real office.
 */
export const holdsRealOffice = (dataDir: string): boolean => {
  const file = join(dataDir, 'office.json');
  if (!existsSync(file)) return false;
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { kind?: unknown }).kind === 'office';
  } catch {
    return false; // the server's own open says what is wrong with it
  }
};
