import { addDays, formatLocal, localDate } from '@queue/engine';
import type { StaffingResponse } from '@queue/protocol';
import { reportWorkbook, tableCsv } from '@queue/report-files';
import { collectFacts } from '@queue/reports-engine';
import {
  PLAN_DEFAULTS,
  chosenReview,
  staffingHeading,
  staffingOverview,
  staffingTables,
} from '@queue/staffing';
import type { FastifyInstance } from 'fastify';
import { serve } from '../http/contract-route.js';
import type { ReportEventSource } from './report-event-source.js';

/**
 * The staffing plan on the manager's screen (issue 20; docs/PROTOCOL.md «Staffing plan»): tomorrow and
 * the week planned from the office's own log of the last eight weeks, and the last seven days set
 * against the plan made before each; as JSON, one table as CSV, every table as XLSX. Manager and
 * administrator, like the reports, and read through the reports' own reader (its parsed days shared).
 */
export const serveStaffing = (app: FastifyInstance, source: ReportEventSource): void => {
  const { runtime, store } = app.office;

  const compute = (confidence: number, day: string | null): StaffingResponse => {
    const started = performance.now();
    const config = runtime.state.config;
    const now = runtime.clock();
    const today = localDate(now, config.timeZone);
    const options = { ...PLAN_DEFAULTS, confidence: confidence / 100 };
    const { events, initialConfig, includesLive } = source.read(
      addDays(today, -7 * options.weeks),
      today,
      runtime.state.day,
      store.file.snapshot.config,
    );
    const facts = collectFacts(events, initialConfig, includesLive ? now : undefined);
    const overview = staffingOverview(facts, config, today, options);
    return {
      overview,
      tables: staffingTables(overview, config, day),
      heading: staffingHeading(overview, config),
      reviewDate: chosenReview(overview, day)?.plan.date ?? null,
      generatedAt: now,
      computeMs: Math.round(performance.now() - started),
    };
  };

  const stamp = (at: number) => formatLocal(at, runtime.state.config.timeZone);
  const fileName = (result: StaffingResponse, suffix: string) => `staffing_${result.overview.today}${suffix}`;

  serve(app, 'staffing', (request) => compute(request.query.confidence, request.query.day));

  serve(app, 'staffingCsv', (request, reply) => {
    const { confidence, day, table: tableId } = request.query;
    const result = compute(confidence, day);
    const table = result.tables.find((t) => t.id === tableId);
    if (!table) throw new Error(`staffing table ${tableId} missing`);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${fileName(result, `_${table.id}.csv`)}"`)
      .send(tableCsv(table, result.heading, stamp(result.generatedAt)));
  });

  serve(app, 'staffingXlsx', async (request, reply) => {
    const result = compute(request.query.confidence, request.query.day);
    const body = await reportWorkbook(result.tables, result.heading, stamp(result.generatedAt));
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${fileName(result, '.xlsx')}"`)
      .send(body);
  });
};
