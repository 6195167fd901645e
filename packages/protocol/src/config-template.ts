import { z } from 'zod';
import { officeConfigSchema } from './config-schema.js';

/**
 * A configuration the head office offers its offices (issue 16): the topics, their groups and norms, and
 * the norm preset. Hours, windows, staff and devices stay each office's own. An office's manager adopts
 * it as an ordinary configuration change at the office, so the office stays the one writer of its record.
 */
export const configTemplateSchema = officeConfigSchema.pick({ profile: true, groups: true, services: true });

export type ConfigTemplate = z.infer<typeof configTemplateSchema>;

/** A template as published: each publication is a new version. */
export const publishedTemplateSchema = z.object({
  id: z.number().int().positive(),
  title: z.string(),
  note: z.string(),
  publishedBy: z.string(),
  publishedAt: z.number(),
  template: configTemplateSchema,
});

export type PublishedTemplate = z.infer<typeof publishedTemplateSchema>;
