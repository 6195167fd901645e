import { localDate } from '@queue/engine';
import { type JournalResponse, wireError } from '@queue/protocol';
import { z } from 'zod';
import { ReportEventSource } from '../reports/report-event-source.js';
import { REPORT_ROLES, requireStaff } from '../reports/staff-guard.js';
import { sendJson } from '../transport/http-body.js';
import type { HttpRoute, RouteDeps } from '../transport/http-routes.js';
import { JOURNAL_SOURCE_TYPES, journalEntries } from './journal-entries.js';

const querySchema = z.object({
  day: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
    .optional(),
});

/**
 * `GET /api/journal?day=YYYY-MM-DD` (docs/PROTOCOL.md «Journal of manual actions»): the manual actions of
 * staff on one office-local day, from the event log — whoever took them and from whichever screen.
 * The hall administrator and the manager only, as for reports.
 *
 * The day's events come from ReportEventSource, which skips unneeded lines without parsing them and,
 * for the live day, parses only the lines appended since the previous request — so boards asking as
 * the day goes on do not make the office's commands wait. The journal is never part of the staff
 * view, which travels with every patch; the board asks for it when the view's `seq` moves.
 */
export const journalRoutes =
  (dataDir: string) =>
  (deps: RouteDeps): HttpRoute[] => {
    const source = new ReportEventSource(dataDir);
    return [
      {
        method: 'GET',
        path: '/api/journal',
        handle: (req, res, url) => {
          if (!requireStaff(deps, req, res, REPORT_ROLES)) return;
          const parsed = querySchema.safeParse(Object.fromEntries(url.searchParams));
          if (!parsed.success) {
            const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
            sendJson(res, 400, { ok: false, error: wireError('invalid_payload', { issues }, String) });
            return;
          }
          const { runtime, store } = deps;
          const { state } = runtime;
          const today = state.day ?? localDate(runtime.clock(), state.config.timeZone);
          const day = parsed.data.day ?? today;
          const { events, includesLive } = source.readTypes(day, day, state.day, JOURNAL_SOURCE_TYPES);
          const { entries, truncated } = journalEntries(events, {
            config: state.config,
            deviceLabels: Object.fromEntries(store.file.devices.map((d) => [d.id, d.label])),
            // The live day began from the stored snapshot: who sat at each window, tickets carried over.
            start: includesLive ? store.file.snapshot : null,
          });
          const body: JournalResponse = { day, entries, truncated };
          sendJson(res, 200, body);
        },
      },
    ];
  };
