import type { OfficeConfig, Ticket } from './model.js';
import { type Refusal, refuse } from './refusal.js';

/**
 * A called visitor is marked «не подошёл» only after a minimum time since the call: a visitor who is
 * walking up from the far end of the hall, or who did not hear the first call, must not vanish from the
 * queue because a key was pressed a second after the call (issue 19). The office sets the time
 * (`profile.noShowAfterSec`); a configuration made before the setting existed gets the default.
 */
export const DEFAULT_NO_SHOW_AFTER_SEC = 60;

export const noShowAfterMs = (config: OfficeConfig): number =>
  (config.profile.noShowAfterSec ?? DEFAULT_NO_SHOW_AFTER_SEC) * 1000;

/** The earliest moment the visitor may be marked as not come, or null when they are not called. */
export const noShowAllowedAt = (config: OfficeConfig, ticket: Ticket): number | null =>
  ticket.calledAt === null ? null : ticket.calledAt + noShowAfterMs(config);

/** Refuses a no-show (by the operator, or by the recall limit) before its time, saying how long is left. */
export const tooEarlyForNoShow = (config: OfficeConfig, ticket: Ticket, now: number): Refusal | null => {
  const allowedAt = noShowAllowedAt(config, ticket);
  if (allowedAt === null || now >= allowedAt) return null;
  return refuse('no_show_too_early', {
    ticket: ticket.number,
    afterSec: noShowAfterMs(config) / 1000,
    remainingSec: Math.ceil((allowedAt - now) / 1000),
  });
};
