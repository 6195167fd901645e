import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real small disk for the storage tests (issue 13): a tmpfs of its own, which a test fills up and
 * frees again. Mounting needs root; CI and the team's machine run as root, elsewhere the tests that use
 * it say why they do not run.
 */
export const CAN_MOUNT = process.getuid?.() === 0;

export const sayWhyNotMounted = (what: string): void => {
  if (!CAN_MOUNT)
    console.warn(`${what} skipped: mounting a tmpfs needs root (CI and the team machine run as root)`);
};

export interface SmallDisk {
  path: string;
  /** Fills it with a file, leaving `leaveBytes` free. */
  fill: (leaveBytes: number) => void;
  /** Removes the filler. */
  free: () => void;
  unmount: () => void;
}

export const mountSmallDisk = (prefix: string, size = '2m'): SmallDisk => {
  const path = mkdtempSync(join(tmpdir(), prefix));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', path]);
  const filler = join(path, 'filler');
  return {
    path,
    fill: (leaveBytes) => {
      const { bavail, bsize } = statfsSync(path);
      writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - leaveBytes)));
    },
    free: () => rmSync(filler, { force: true }),
    unmount: () => {
      execFileSync('umount', [path]);
      rmSync(path, { recursive: true, force: true });
    },
  };
};
