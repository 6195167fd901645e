import { z } from 'zod';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

/**
 * How this office's server runs (issue 15), kept in office.json by `office init` and read at start;
 * each can be given (or overridden) by an environment variable, which a service unit may set.
 */
export const officeSettingsSchema = z.object({
  /** HTTPS and WSS: PEM files of the server's certificate (with its chain) and its private key. */
  tls: z.object({ cert: z.string().min(1), key: z.string().min(1) }).optional(),
  /** A daily copy of the office into `dir`, the newest `keep` kept. */
  backup: z
    .object({
      dir: z.string().min(1),
      keep: z.number().int().min(1).max(366).default(14),
      at: hhmm.default('23:30'),
    })
    .optional(),
  /** Closed days older than this many days leave the log (their figures kept in the day summaries). */
  retention: z.object({ days: z.number().int().min(1).max(36_600) }).optional(),
});

export type OfficeSettings = z.infer<typeof officeSettingsSchema>;

const positive = (name: string, value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${name} must be a whole number of at least 1, not "${value}"`);
  return n;
};

/** The settings in force: office.json's, each overridden by its environment variable when set. */
export const settingsInForce = (stored: unknown, env: NodeJS.ProcessEnv): OfficeSettings => {
  const parsed = officeSettingsSchema.safeParse(stored ?? {});
  if (!parsed.success) throw new Error(`office.json: settings: ${parsed.error.message}`);
  const settings: OfficeSettings = structuredClone(parsed.data);
  if (env.TLS_CERT_FILE || env.TLS_KEY_FILE) {
    if (!env.TLS_CERT_FILE || !env.TLS_KEY_FILE)
      throw new Error('TLS_CERT_FILE and TLS_KEY_FILE go together');
    settings.tls = { cert: env.TLS_CERT_FILE, key: env.TLS_KEY_FILE };
  }
  if (env.BACKUP_DIR)
    settings.backup = {
      dir: env.BACKUP_DIR,
      keep: settings.backup?.keep ?? 14,
      at: settings.backup?.at ?? '23:30',
    };
  if (settings.backup && env.BACKUP_KEEP) settings.backup.keep = positive('BACKUP_KEEP', env.BACKUP_KEEP);
  if (settings.backup && env.BACKUP_AT) settings.backup.at = hhmm.parse(env.BACKUP_AT);
  if (env.RETENTION_DAYS) settings.retention = { days: positive('RETENTION_DAYS', env.RETENTION_DAYS) };
  return settings;
};
