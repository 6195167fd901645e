/**
 * The settings of the hall's voice (issue 5: "the announcement text and repeat count are settings"):
 * from the address (`?template=…&repeat=2`, how the desktop shell or an installer configures a screen)
 * or from the small settings panel, which keeps them in localStorage. The address wins, so a screen
 * set up by its address cannot drift.
 */
import { z } from 'zod';
import { DEFAULT_TEMPLATES, templateIssues } from '../announce';

export interface AnnounceSettings {
  /** With `{ticket}` and `{window}`; see announcement-text.ts for what a template may say. */
  template: string;
  /** How many times the text is said after one chime. */
  repeat: number;
}

export const ANNOUNCE_SETTINGS_KEY = 'queue.board.announce';
export const REPEAT_MIN = 1;
export const REPEAT_MAX = 3;

/** Twice: a visitor who missed the first words (a child, a phone call) hears the number again. */
export const DEFAULT_ANNOUNCE_SETTINGS: AnnounceSettings = { template: DEFAULT_TEMPLATES.ru, repeat: 2 };

const templateSchema = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .refine((template) => templateIssues(template).length === 0);
const repeatSchema = z.coerce.number().int().min(REPEAT_MIN).max(REPEAT_MAX);
const storedSchema = z.object({ template: z.unknown(), repeat: z.unknown() }).partial();

export interface ResolvedAnnounceSettings {
  settings: AnnounceSettings;
  /** Which settings the address fixes; the panel shows them as not editable here. */
  fromUrl: { template: boolean; repeat: boolean };
}

const parseStored = (stored: string | null): { template?: unknown; repeat?: unknown } => {
  if (!stored) return {};
  try {
    const parsed = storedSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
};

/** A value that does not pass (a template with imperative wording, a repeat of 7) is ignored. */
export const resolveAnnounceSettings = (search: string, stored: string | null): ResolvedAnnounceSettings => {
  const params = new URLSearchParams(search);
  const saved = parseStored(stored);
  const urlTemplate = templateSchema.safeParse(params.get('template') ?? undefined);
  const urlRepeat = repeatSchema.safeParse(params.get('repeat') ?? undefined);
  const savedTemplate = templateSchema.safeParse(saved.template);
  const savedRepeat = repeatSchema.safeParse(saved.repeat);
  return {
    settings: {
      template: urlTemplate.success
        ? urlTemplate.data
        : savedTemplate.success
          ? savedTemplate.data
          : DEFAULT_ANNOUNCE_SETTINGS.template,
      repeat: urlRepeat.success
        ? urlRepeat.data
        : savedRepeat.success
          ? savedRepeat.data
          : DEFAULT_ANNOUNCE_SETTINGS.repeat,
    },
    fromUrl: { template: urlTemplate.success, repeat: urlRepeat.success },
  };
};

export const serialiseAnnounceSettings = (settings: AnnounceSettings): string => JSON.stringify(settings);
