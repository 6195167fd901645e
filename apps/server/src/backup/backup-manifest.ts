import { createHash } from 'node:crypto';
import { z } from 'zod';

export const MANIFEST_FILE = 'manifest.json';

/**
 * What a backup holds: every file of the office's data folder as copied, with its length and SHA-256,
 * and the last event (seq) the copy holds, so a restore can check it is whole before it is used.
 */
export const backupManifestSchema = z.object({
  format: z.literal('queue-office-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  officeId: z.string(),
  officeName: z.string(),
  /** The last event in the copy: every event the office had acknowledged when the copy began is in it. */
  seq: z.number().int().min(0),
  day: z.string().nullable(),
  files: z.array(
    z.object({
      path: z.string().min(1),
      bytes: z.number().int().min(0),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
});

export type BackupManifest = z.infer<typeof backupManifestSchema>;

export const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');
