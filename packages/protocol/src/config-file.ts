import type { OfficeConfig } from '@queue/engine';
import { officeConfigSchema } from './config-schema.js';
import { z } from 'zod';

/**
 * The configuration as one file, to move an office's setup to another server or keep a copy (issue:
 * export and import). Secrets are never in it: PINs and device tokens stay with the server that issued
 * them, so staff of an imported office get their PINs reset there.
 */
export const CONFIG_FILE_FORMAT = 'office-queue-config';

export const configFileSchema = z.object({
  format: z.literal(CONFIG_FILE_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  office: z.string(),
  config: officeConfigSchema,
});

export type ConfigFile = z.infer<typeof configFileSchema>;

export const configFile = (config: OfficeConfig, now: number): ConfigFile => ({
  format: CONFIG_FILE_FORMAT,
  version: 1,
  exportedAt: new Date(now).toISOString(),
  office: config.name,
  config,
});

export const importRequestSchema = z.object({
  file: configFileSchema,
  reason: z.string().trim().max(300).optional(),
});
