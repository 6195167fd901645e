import { formatLocal } from '@queue/engine';
import type { Principal, ReportResponse } from '@queue/protocol';
import {
  type ReportQuery,
  buildReport,
  collectFacts,
  reportHeading,
  reportTables,
} from '@queue/reports-engine';
import { reportWorkbook, tableCsv } from '@queue/report-files';
import { serve } from '../http/contract-route.js';
import { HttpError } from '../http/http-error.js';
import type { OfficeRoutes } from '../http/office-deps.js';
import { ReportEventSource } from './report-event-source.js';
import { serveStaffing } from './staffing-routes.js';

/**
 * The reports API (docs/PROTOCOL.md «Reports and configuration API»): the figures of a period as JSON,
 * one table as CSV, every table as XLSX. Manager and administrator only. Each request reads the log
 * afresh, so a report of today includes the visitor called a second ago.
 */
export const reportRoutes: OfficeRoutes = async (app) => {
  const { runtime, store, dataDir } = app.office;
  const source = new ReportEventSource(dataDir);

  const compute = (query: ReportQuery, principal: Principal | null): ReportResponse => {
    const started = performance.now();
    const { events, initialConfig, includesLive } = source.read(
      query.from,
      query.to,
      runtime.state.day,
      store.file.snapshot.config,
    );
    const facts = collectFacts(events, initialConfig, includesLive ? runtime.clock() : undefined);
    const built = buildReport(facts, query);
    // The visitors' own words are the manager's to read (issue 18); the administrator sees the counts.
    const manager = principal?.kind === 'staff' && principal.roles.includes('manager');
    const report = manager ? built : { ...built, feedback: { ...built.feedback, texts: null } };
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

  // The staffing plan reads the same log through the same reader (its parsed days are shared).
  serveStaffing(app, source);

  serve(app, 'report', (request) => {
    const { table: _table, ...query } = request.query;
    return compute(query, request.principal);
  });

  serve(app, 'reportCsv', (request, reply) => {
    const { table: tableId, ...query } = request.query;
    const result = compute(query, request.principal);
    const table = result.tables.find((t) => t.id === tableId);
    // The one table a role may not have: the visitors' texts, for the manager only.
    if (!table) throw new HttpError('forbidden');
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${fileName(query, `_${table.id}.csv`)}"`)
      .send(tableCsv(table, result.heading, stamp(result.generatedAt)));
  });

  serve(app, 'reportXlsx', async (request, reply) => {
    const { table: _table, ...query } = request.query;
    const result = compute(query, request.principal);
    const body = await reportWorkbook(result.tables, result.heading, stamp(result.generatedAt));
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${fileName(query, '.xlsx')}"`)
      .send(body);
  });
};
