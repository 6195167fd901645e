import type { IncomingMessage, ServerResponse } from 'node:http';
import { formatLocal } from '@queue/engine';
import { wireError } from '@queue/protocol';
import {
  type Report,
  type ReportQuery,
  type ReportTable,
  buildReport,
  collectFacts,
  reportHeading,
  reportTables,
} from '@queue/reports-engine';
import { sendJson } from '../transport/http-body.js';
import type { HttpRoute, RouteDeps } from '../transport/http-routes.js';
import { reportWorkbook, tableCsv } from '@queue/report-files';
import { ReportEventSource } from './report-event-source.js';
import { reportQuerySchema } from './report-query-schema.js';
import { REPORT_ROLES, requireStaff } from './staff-guard.js';

/** What `GET /api/reports` answers: the figures, the same tables the files carry, and how they were made. */
export interface ReportResponse {
  report: Report;
  tables: ReportTable[];
  heading: ReturnType<typeof reportHeading>;
  generatedAt: number;
  computeMs: number;
}

/**
 * The reports API (docs/PROTOCOL.md «Reports and configuration API»): the figures of a period as JSON,
 * one table as CSV, every table as XLSX. Manager and administrator only. Each request reads the log
 * afresh, so a report of today includes the visitor called a second ago.
 */
export const reportRoutes =
  (dataDir: string) =>
  (deps: RouteDeps): HttpRoute[] => {
    const source = new ReportEventSource(dataDir);

    const compute = (query: ReportQuery): ReportResponse => {
      const started = performance.now();
      const { runtime, store } = deps;
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

    /** Parses and authorises; answers the error itself and returns null when it cannot go on. */
    const prepare = (req: IncomingMessage, res: ServerResponse, url: URL) => {
      if (!requireStaff(deps, req, res, REPORT_ROLES)) return null;
      const parsed = reportQuerySchema.safeParse(Object.fromEntries(url.searchParams));
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        sendJson(res, 400, {
          ok: false,
          error: wireError('invalid_payload', { issues }, (at) => String(at)),
        });
        return null;
      }
      const { table, ...query } = parsed.data;
      return { query, table };
    };

    const fileName = (query: ReportQuery, suffix: string) =>
      `report_${query.from}_${query.to}${query.groupBy ? `_${query.groupBy}` : ''}${suffix}`;

    const stamp = (at: number) => formatLocal(at, deps.runtime.state.config.timeZone);

    return [
      {
        method: 'GET',
        path: '/api/reports',
        handle: (req, res, url) => {
          const prepared = prepare(req, res, url);
          if (!prepared) return;
          sendJson(res, 200, compute(prepared.query));
        },
      },
      {
        method: 'GET',
        path: '/api/reports/export.csv',
        handle: (req, res, url) => {
          const prepared = prepare(req, res, url);
          if (!prepared) return;
          const result = compute(prepared.query);
          const table = result.tables.find((t) => t.id === prepared.table)!;
          const body = tableCsv(table, result.heading, stamp(result.generatedAt));
          res.writeHead(200, {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': `attachment; filename="${fileName(prepared.query, `_${table.id}.csv`)}"`,
            'cache-control': 'no-store',
          });
          res.end(body);
        },
      },
      {
        method: 'GET',
        path: '/api/reports/export.xlsx',
        handle: async (req, res, url) => {
          const prepared = prepare(req, res, url);
          if (!prepared) return;
          const result = compute(prepared.query);
          const body = await reportWorkbook(result.tables, result.heading, stamp(result.generatedAt));
          res.writeHead(200, {
            'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'content-disposition': `attachment; filename="${fileName(prepared.query, '.xlsx')}"`,
            'cache-control': 'no-store',
          });
          res.end(body);
        },
      },
    ];
  };
