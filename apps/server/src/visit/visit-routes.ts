import { phonePageOf } from '@queue/engine';
import type { FastifyRequest } from 'fastify';
import { RateLimiter } from '../auth/rate-limit.js';
import { serve } from '../http/contract-route.js';
import { HttpError } from '../http/http-error.js';
import type { OfficeRoutes } from '../http/office-deps.js';
import { visitViewOf } from './visit-view.js';

/**
 * The visitor's page on the phone (issue 18): the ticket its token opens, and the visitor's own
 * «выйду ненадолго» / «я вернулся» and, after the visit, its rating, for that ticket only. A phone may change its ticket at most 5 times
 * at once, then once every 20 s: a page cannot flood the office's log.
 */
export const visitRoutes: OfficeRoutes = async (app) => {
  const { runtime, gateway } = app.office;
  const changes = new RateLimiter(5, 1 / 20_000);

  const found = (request: FastifyRequest) => {
    const token = request.visitToken ?? '';
    // Switched off by the manager: no page answers, as for an unknown token.
    const visit = phonePageOf(runtime.state.config).enabled === false ? null : runtime.visits.find(token);
    if (!visit) throw new HttpError('not_found', { what: 'ticket' });
    return { token, visit };
  };
  const viewOf = (request: FastifyRequest) => {
    const view = visitViewOf(runtime.state, runtime.clock(), found(request).visit);
    if (!view) throw new HttpError('not_found', { what: 'ticket' });
    return view;
  };

  serve(app, 'visit', (request) => viewOf(request));

  const change = (
    request: FastifyRequest,
    command: (ticketId: string) => Parameters<typeof gateway.forVisitor>[0],
  ) => {
    const { token, visit } = found(request);
    if (!('active' in visit)) throw new HttpError('ticket_not_waiting');
    if (!changes.take(token, runtime.clock())) throw new HttpError('rate_limited');
    const response = gateway.forVisitor(command(visit.active));
    if (!response.ok) throw new HttpError(response.error.code, response.error.details);
    return viewOf(request);
  };

  serve(app, 'visitStepOut', (request) =>
    change(request, (ticketId) => ({ type: 'ticket.stepOut', ticketId, minutes: request.body.minutes })),
  );
  serve(app, 'visitStepIn', (request) =>
    change(request, (ticketId) => ({ type: 'ticket.stepIn', ticketId })),
  );

  // The rating comes after the visit, so it is for a visit that ended (the engine checks it was served).
  serve(app, 'visitFeedback', (request) => {
    const { token, visit } = found(request);
    if (!('ended' in visit)) throw new HttpError('feedback_closed');
    if (!changes.take(token, runtime.clock())) throw new HttpError('rate_limited');
    const { rating, kind, text } = request.body;
    const response = gateway.forVisitor({
      type: 'visit.feedback',
      ticketId: visit.ended.ticketId,
      windowId: null,
      rating,
      kind,
      text,
    });
    if (!response.ok) throw new HttpError(response.error.code, response.error.details);
    return viewOf(request);
  });
};
