/** Why the engine said no. Codes are stable: clients translate them, integrators match on them. */
export const REFUSAL_CODES = [
  'unknown_service',
  'service_disabled',
  'service_not_for_client_type',
  'unknown_window',
  'unknown_ticket',
  'unknown_staff',
  'unknown_alarm',
  'unknown_episode',
  'unknown_appointment',
  'window_not_open',
  'window_not_closed',
  'window_busy',
  'window_idle',
  'window_taken',
  'not_your_window',
  'window_not_assigned',
  'already_at_window',
  'window_has_no_services',
  'ticket_not_waiting',
  'ticket_not_called',
  'ticket_not_serving',
  'ticket_not_postponed',
  'no_show_too_early',
  'queue_empty',
  'outside_hours',
  'reception_open',
  'last_window_while_waiting',
  'reason_required',
  'transfer_target_required',
  'transfer_window_closed',
  'transfer_topic_unserved',
  'slot_not_free',
  'slot_outside_hours',
  'appointment_not_booked',
  'appointment_too_early',
  'appointment_late',
  'not_permitted',
  'step_out_too_long',
  'step_out_limit',
  'feedback_closed',
  'feedback_given',
  'feedback_text_too_long',
  'feedback_invalid_rating',
  'invalid_config',
] as const;

export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** One fact of a refusal's details: a value, or a list of records (a configuration's problems, a request's invalid fields). */
export type DetailValue = string | number | null | Record<string, string | number | undefined>[];

/** Facts a client needs to explain a refusal in its own words, such as the next opening time. */
export type RefusalDetails = Record<string, DetailValue>;

export interface Refusal {
  code: RefusalCode;
  details?: RefusalDetails;
}

export const refuse = (code: RefusalCode, details?: Refusal['details']): Refusal =>
  details ? { code, details } : { code };

export const isRefusal = (value: unknown): value is Refusal =>
  typeof value === 'object' && value !== null && 'code' in value && !Array.isArray(value);
