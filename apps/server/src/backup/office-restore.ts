import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type BackupManifest, MANIFEST_FILE, backupManifestSchema, sha256 } from './backup-manifest.js';
import { verifyOfficeFolder, writeFileSynced } from './office-backup.js';

/** Reads a backup's manifest and checks every file against it: its length and its SHA-256. */
export const checkBackup = async (backupDir: string): Promise<BackupManifest> => {
  let manifest: BackupManifest;
  try {
    manifest = backupManifestSchema.parse(JSON.parse(await readFile(join(backupDir, MANIFEST_FILE), 'utf8')));
  } catch (error) {
    throw new Error(`${backupDir} is not a backup of an office (${MANIFEST_FILE}: ${String(error)})`);
  }
  for (const file of manifest.files) {
    if (file.path.split('/').includes('..'))
      throw new Error(`the manifest names ${file.path}, outside the backup`);
    const data = await readFile(join(backupDir, file.path)).catch(() => null);
    if (!data) throw new Error(`${file.path} is missing from the backup`);
    if (data.length !== file.bytes || sha256(data) !== file.sha256)
      throw new Error(`${file.path} does not match the manifest: the backup is damaged`);
  }
  return manifest;
};

/**
 * Restores a checked backup into `dataDir`, which must not hold an office yet (absent or empty): the
 * files are written beside it, opened as an office (its last seq must be the manifest's), then renamed
 * into place, so a restore that fails leaves nothing half-made under the office's name.
 */
export const restoreOffice = async (backupDir: string, dataDir: string): Promise<BackupManifest> => {
  const manifest = await checkBackup(backupDir);
  if (existsSync(dataDir) && (await readdir(dataDir)).length > 0)
    throw new Error(`${dataDir} is not empty: restore into a new folder (or move the old one away first)`);
  const staging = join(dirname(dataDir), `.${basename(dataDir)}.restoring-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  try {
    for (const file of manifest.files) {
      const target = join(staging, ...file.path.split('/'));
      await mkdir(dirname(target), { recursive: true });
      await writeFileSynced(target, await readFile(join(backupDir, file.path)));
    }
    const restored = verifyOfficeFolder(staging);
    if (restored.seq !== manifest.seq)
      throw new Error(`the restored office ends at seq ${restored.seq}, the manifest says ${manifest.seq}`);
    if (existsSync(dataDir)) await rmdir(dataDir);
    await rename(staging, dataDir);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return manifest;
};
