import { reportWorkbook, tableCsv } from '@queue/report-files';
import { companyHeading, companyReport, companyTables } from '@queue/reports-engine';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CENTRAL_ROLES,
  type CompanyReportAnswer,
  companyExportSchema,
  companyQuerySchema,
} from '../../contract/central-api.js';
import { CentralHttpError } from '../central-http.js';
import type { CompanyFacts } from './day-facts.js';

/** Moscow time for the «Сформирован» line of a file: the head office's own clock. */
const stamp = (at: number) =>
  new Intl.DateTimeFormat('ru-RU', {
    timeZone: 'Europe/Moscow',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })
    .format(at)
    .replace(',', '');

/**
 * Company reports (issue 16): `GET /api/company-report` as JSON, one table as CSV, every table as XLSX,
 * for the company manager and the analyst. The figures are packages/reports' own, over every office's
 * facts of the period.
 */
export const reportRoutes =
  (facts: CompanyFacts, clock: () => number, company: string): FastifyPluginAsyncZod =>
  async (app) => {
    const everyone = { roles: CENTRAL_ROLES };

    const compute = async (query: {
      from: string;
      to: string;
      groupBy: CompanyReportAnswer['report']['query']['groupBy'];
    }) => {
      const started = performance.now();
      const offices = await facts.load(query.from, query.to, clock());
      const report = companyReport(offices, query);
      return {
        report,
        tables: companyTables(report),
        heading: companyHeading(report, company),
        generatedAt: clock(),
        computeMs: Math.round(performance.now() - started),
      } satisfies CompanyReportAnswer;
    };

    const fileName = (q: { from: string; to: string; groupBy: string }, suffix: string) =>
      `company_${q.from}_${q.to}_${q.groupBy}${suffix}`;

    app.get(
      '/api/company-report',
      { config: everyone, schema: { querystring: companyQuerySchema } },
      (request) => compute(request.query),
    );

    app.get(
      '/api/company-report/export.csv',
      { config: everyone, schema: { querystring: companyExportSchema } },
      async (request, reply) => {
        const { table: tableId, ...query } = request.query;
        const result = await compute(query);
        const table = result.tables.find((t) => t.id === tableId);
        if (!table)
          throw new CentralHttpError('invalid_payload', {
            // The compliance table comes with groupBy=preset only.
            issues: [{ field: 'table', expected: 'known_table' }],
          });
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${fileName(query, `_${table.id}.csv`)}"`)
          .header('cache-control', 'no-store')
          .send(tableCsv(table, result.heading, stamp(result.generatedAt)));
      },
    );

    app.get(
      '/api/company-report/export.xlsx',
      { config: everyone, schema: { querystring: companyQuerySchema } },
      async (request, reply) => {
        const result = await compute(request.query);
        const body = await reportWorkbook(result.tables, result.heading, stamp(result.generatedAt));
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="${fileName(request.query, '.xlsx')}"`)
          .header('cache-control', 'no-store')
          .send(body);
      },
    );
  };
