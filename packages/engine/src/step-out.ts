import type { Decider } from './decision.js';
import type { OfficeConfig, PhonePageSettings } from './model.js';
import { MINUTE } from './norms.js';
import { ownValue } from './own-record.js';
import { refuse } from './refusal.js';

/** The product's rules for the phone page when the office has set none. */
export const DEFAULT_PHONE_PAGE: PhonePageSettings = {
  enabled: true,
  url: null,
  stepOutMaxMin: 30,
  stepOutTimes: 1,
};

export const phonePageOf = (config: OfficeConfig): PhonePageSettings =>
  config.phonePage ?? DEFAULT_PHONE_PAGE;

/**
 * «Выйду ненадолго» from the visitor's phone (issue 18): a waiting visitor steps out for a while and
 * keeps their place (their order time does not move, DESIGN «postponed … ahead of newer tickets»); the
 * clock brings them back at `until` (`ticket.returned`), or they say they are back sooner. Within the
 * office's rules: at most `stepOutMaxMin` minutes, `stepOutTimes` times a ticket. Only while waiting:
 * once called, the window expects them.
 */
export const decideStepOut: Decider<'ticket.stepOut'> = (state, command, { now }) => {
  const ticket = ownValue(state.tickets, command.ticketId);
  if (!ticket) return refuse('unknown_ticket', { ticketId: command.ticketId });
  if (ticket.state !== 'waiting')
    return refuse('ticket_not_waiting', { ticket: ticket.number, state: ticket.state });
  const rules = phonePageOf(state.config);
  // Switched off: a page still open on a phone may not step out any more.
  if (rules.enabled === false) return refuse('step_out_limit', { times: 0 });
  if ((ticket.stepOuts ?? 0) >= rules.stepOutTimes)
    return refuse('step_out_limit', { times: rules.stepOutTimes });
  if (!(command.minutes >= 1) || command.minutes > rules.stepOutMaxMin) {
    return refuse('step_out_too_long', { maxMin: rules.stepOutMaxMin });
  }
  return [{ type: 'ticket.steppedOut', ticketId: ticket.id, until: now + command.minutes * MINUTE }];
};

/** «Я вернулся»: back before the time they gave (or, after an operator postponed them, back with the documents). */
export const decideStepIn: Decider<'ticket.stepIn'> = (state, command) => {
  const ticket = ownValue(state.tickets, command.ticketId);
  if (!ticket) return refuse('unknown_ticket', { ticketId: command.ticketId });
  if (ticket.state !== 'postponed') return refuse('ticket_not_postponed', { ticket: ticket.number });
  return [{ type: 'ticket.returned', ticketId: ticket.id }];
};
