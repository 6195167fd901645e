import { localDate } from '@queue/engine';
import { serve } from '../http/contract-route.js';
import type { OfficeRoutes } from '../http/office-deps.js';
import { ReportEventSource } from '../reports/report-event-source.js';
import { JOURNAL_SOURCE_TYPES, journalEntries } from './journal-entries.js';

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
export const journalRoutes: OfficeRoutes = async (app) => {
  const { runtime, store, dataDir } = app.office;
  const source = new ReportEventSource(dataDir);

  serve(app, 'journal', (request) => {
    const { state } = runtime;
    const today = state.day ?? localDate(runtime.clock(), state.config.timeZone);
    const day = request.query.day ?? today;
    const { events, includesLive } = source.readTypes(day, day, state.day, JOURNAL_SOURCE_TYPES);
    const { entries, truncated } = journalEntries(events, {
      config: state.config,
      deviceLabels: Object.fromEntries(store.file.devices.map((d) => [d.id, d.label])),
      // The live day began from the stored snapshot: who sat at each window, tickets carried over.
      start: includesLive ? store.file.snapshot : null,
    });
    return { day, entries, truncated };
  });
};
