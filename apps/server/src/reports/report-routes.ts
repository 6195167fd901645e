import { formatLocal } from '@queue/engine';
import { REPORT_ROLES } from '@queue/protocol';
import {
  type Report,
  type ReportQuery,
  type ReportTable,
  buildReport,
  collectFacts,
  reportHeading,
  reportTables,
} from '@queue/reports-engine';
import { reportWorkbook, tableCsv } from '@queue/report-files';
import type { OfficeRoutes } from '../http/office-deps.js';
import { ReportEventSource } from './report-event-source.js';
import { reportQuerySchema } from './report-query-schema.js';

/** What `GET /api/reports` answers: the figures, the same tables the files carry, and how they were made. */
export interface ReportResponse {
  report: Report;
  tables: ReportTable[];
  heading: ReturnType<typeof reportHeading>;
  generatedAt: number;
  computeMs: number;
}

const readers = { access: { kind: 'staff', roles: REPORT_ROLES } } as const;
const schema = { querystring: reportQuerySchema };

/**
 * The reports API (docs/PROTOCOL.md «Reports and configuration API»): the figures of a period as JSON,
 * one table as CSV, every table as XLSX. Manager and administrator only. Each request reads the log
 * afresh, so a report of today includes the visitor called a second ago.
 */
export const reportRoutes: OfficeRoutes = async (app) => {
  const { runtime, store, dataDir } = app.office;
  const source = new ReportEventSource(dataDir);

  const compute = (query: ReportQuery): ReportResponse => {
    const started = performance.now();
    const { events, initialConfig, includesLive } = source.read(
      query.from,
      query.to,
      runtime.state.day,
      store.file.snapshot.config,
    );
    const facts = collectFacts(events, initialConfig, includesLive ? runtime.clock() : undefined);
    const report = buildReport(facts, query);
    return {
      report,
      tables: reportTables(report),
      heading: reportHeading(report),
      generatedAt: runtime.clock(),
      computeMs: Math.round(performance.now() - started),
    };
  };

  const fileName = (query: ReportQuery, suffix: string) =>
    `report_${query.from}_${query.to}${query.groupBy ? `_${query.groupBy}` : ''}${suffix}`;

  const stamp = (at: number) => formatLocal(at, runtime.state.config.timeZone);

  app.get('/api/reports', { config: readers, schema }, (request) => {
    const { table: _table, ...query } = request.query;
    return compute(query);
  });

  app.get('/api/reports/export.csv', { config: readers, schema }, (request, reply) => {
    const { table: tableId, ...query } = request.query;
    const result = compute(query);
    const table = result.tables.find((t) => t.id === tableId);
    if (!table) throw new Error(`report table ${tableId} missing`);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${fileName(query, `_${table.id}.csv`)}"`)
      .send(tableCsv(table, result.heading, stamp(result.generatedAt)));
  });

  app.get('/api/reports/export.xlsx', { config: readers, schema }, async (request, reply) => {
    const { table: _table, ...query } = request.query;
    const result = compute(query);
    const body = await reportWorkbook(result.tables, result.heading, stamp(result.generatedAt));
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${fileName(query, '.xlsx')}"`)
      .send(body);
  });
};
