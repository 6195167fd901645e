import { FEEDBACK_OPEN_MS, type OfficeState, currentServiceId, forecast, phonePageOf } from '@queue/engine';
import type { VisitView } from '@queue/protocol';
import type { EndedVisit } from './visit-register.js';

const topicOf = (state: OfficeState, serviceId: string | null) => {
  const service = state.config.services.find((s) => s.id === serviceId);
  return service ? { title: service.title, titleEn: service.titleEn } : null;
};

const windowLabel = (state: OfficeState, windowId: string | null) =>
  state.config.windows.find((w) => w.id === windowId)?.label ?? null;

const feedbackOf = (state: OfficeState, now: number, ended: EndedVisit): VisitView['feedback'] => {
  const opening = state.feedbackOpen?.[ended.ticketId];
  if (ended.state !== 'done' || !opening) return 'none';
  if (opening.given) return 'given';
  return now - opening.finishedAt <= FEEDBACK_OPEN_MS ? 'open' : 'none';
};

/**
 * The phone page's view of one ticket, built field by field (like the hall's public view) so nothing
 * else about the visitor or the office can reach the phone.
 */
export const visitViewOf = (
  state: OfficeState,
  now: number,
  found: { active: string } | { ended: EndedVisit },
): VisitView | null => {
  const base = { office: state.config.name, timeZone: state.config.timeZone, serverTime: now };
  if ('ended' in found) {
    const { ended } = found;
    return {
      ...base,
      number: ended.number,
      language: 'ru',
      topic: topicOf(state, ended.serviceId),
      state: ended.state,
      ahead: null,
      expectedAt: null,
      window: windowLabel(state, ended.windowId),
      calledAt: null,
      recalls: 0,
      postponedUntil: null,
      stepOut: { left: 0, maxMin: 0 },
      feedback: feedbackOf(state, now, ended),
    };
  }
  const ticket = state.tickets[found.active];
  if (!ticket) return null;
  const rules = phonePageOf(state.config);
  const waiting = ticket.state === 'waiting';
  const expected = waiting ? forecast(state, now).tickets[ticket.id] : undefined;
  return {
    ...base,
    number: ticket.number,
    language: ticket.language ?? 'ru',
    topic: topicOf(state, currentServiceId(ticket)),
    state: ticket.state,
    ahead: expected ? expected.ahead : null,
    expectedAt: expected?.at ?? null,
    window:
      ticket.state === 'called' || ticket.state === 'serving' ? windowLabel(state, ticket.windowId) : null,
    calledAt: ticket.calledAt,
    recalls: ticket.recalls,
    postponedUntil: ticket.postponedUntil,
    stepOut: {
      left: waiting ? Math.max(0, rules.stepOutTimes - (ticket.stepOuts ?? 0)) : 0,
      maxMin: rules.stepOutMaxMin,
    },
    feedback: 'none',
  };
};
