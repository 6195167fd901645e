import type { OfficeConfig } from '@queue/engine';
import { type TemplateRow, publishedTemplateOf } from '@queue/central-db';
import { type PublishedTemplate, configTemplateSchema } from '@queue/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { CENTRAL_ROLES, type TemplatesAnswer, publishTemplateSchema } from '../../contract/central-api.js';
import { sendNotFound, userOf } from '../central-http.js';

/** The office's configuration as the centre last saw it: its latest `config.replaced`, else its fallback. */
const currentConfigOf = async (db: pg.Pool, officeId: string): Promise<OfficeConfig | null> => {
  const { rows } = await db.query<{ config: OfficeConfig }>(
    `SELECT event->'config' AS config FROM office_events
      WHERE office_id = $1 AND type = 'config.replaced' ORDER BY seq DESC LIMIT 1`,
    [officeId],
  );
  if (rows[0]) return rows[0].config;
  const base = await db.query<{ base_config: OfficeConfig | null }>(
    'SELECT base_config FROM offices WHERE id = $1',
    [officeId],
  );
  return base.rows[0]?.base_config ?? null;
};

/**
 * Configuration templates (issue 16): the company manager publishes an office's topics, norms and preset
 * as a template; every office's manager sees the latest and may adopt it there. The centre never writes
 * an office's configuration.
 */
export const templateRoutes =
  (db: pg.Pool): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/templates', { config: { roles: CENTRAL_ROLES } }, async (): Promise<TemplatesAnswer> => {
      const { rows } = await db.query<TemplateRow>(
        'SELECT * FROM config_templates ORDER BY id DESC LIMIT 50',
      );
      const adoption = await db.query<{ id: string | null; n: string }>(
        `SELECT status->>'templateId' AS id, count(*) AS n FROM offices GROUP BY 1`,
      );
      const adoptedBy: Record<number, number> = {};
      let offices = 0;
      for (const row of adoption.rows) {
        offices += Number(row.n);
        if (row.id !== null) adoptedBy[Number(row.id)] = Number(row.n);
      }
      return { templates: rows.flatMap((row) => publishedTemplateOf(row) ?? []), adoptedBy, offices };
    });

    app.post(
      '/api/templates',
      { config: { roles: ['company_manager'] }, schema: { body: publishTemplateSchema } },
      async (request, reply): Promise<PublishedTemplate> => {
        const user = userOf(request);
        const config = await currentConfigOf(db, request.body.fromOffice);
        if (!config) return sendNotFound(reply);
        const template = configTemplateSchema.parse({
          profile: config.profile,
          groups: config.groups,
          services: config.services,
        });
        const { rows } = await db.query<TemplateRow>(
          `INSERT INTO config_templates (title, note, template, published_by) VALUES ($1, $2, $3, $4) RETURNING *`,
          [request.body.title, request.body.note, JSON.stringify(template), user.login],
        );
        return publishedTemplateOf(rows[0]!)!;
      },
    );
  };
