import { type PublishedTemplate, publishedTemplateSchema } from '@queue/protocol';
import type pg from 'pg';

export interface TemplateRow {
  id: string;
  title: string;
  note: string;
  published_by: string;
  published_at: Date;
  template: unknown;
}

/** A row of `config_templates` as the wire carries it; `null` if it no longer reads as a template. */
export const publishedTemplateOf = (row: TemplateRow): PublishedTemplate | null => {
  const parsed = publishedTemplateSchema.safeParse({
    id: Number(row.id),
    title: row.title,
    note: row.note,
    publishedBy: row.published_by,
    publishedAt: row.published_at.getTime(),
    template: row.template,
  });
  return parsed.success ? parsed.data : null;
};

/** The head office's latest template, as an office reads it to offer its manager. */
export const latestTemplate = async (client: pg.ClientBase): Promise<PublishedTemplate | null> => {
  const { rows } = await client.query<TemplateRow>('SELECT * FROM config_templates ORDER BY id DESC LIMIT 1');
  return rows[0] ? publishedTemplateOf(rows[0]) : null;
};
