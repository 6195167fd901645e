/**
 * What can be wrong with an office configuration, as a code with the ids it concerns. The engine and the
 * server return these; every wording lives in the UI that shows them (apps/reports, «Настройки офиса»),
 * which names a topic, window or member of staff by its title rather than its id.
 * `missing` is an id the configuration refers to but does not have.
 */
export type ConfigProblem =
  | { code: 'service_id_repeated'; serviceId: string }
  | { code: 'window_id_repeated'; windowId: string }
  | { code: 'staff_id_repeated'; staffId: string }
  | { code: 'staff_login_repeated'; login: string }
  | { code: 'unknown_time_zone'; timeZone: string }
  | { code: 'service_unknown_group'; serviceId: string; missing: string }
  | { code: 'service_bad_letter'; serviceId: string }
  | { code: 'service_no_client_type'; serviceId: string }
  | { code: 'window_unknown_service'; windowId: string; missing: string }
  | { code: 'staff_unknown_window'; staffId: string; missing: string }
  | { code: 'appointments_unknown_service'; missing: string }
  | { code: 'hours_not_seven_days' }
  | { code: 'hours_bad_range'; open: string; close: string }
  | { code: 'no_manager' }
  | { code: 'overload_threshold_too_small' }
  | { code: 'norms_not_positive' }
  | { code: 'window_open_on_removal'; windowId: string }
  | { code: 'service_queued_on_removal'; serviceId: string }
  /** Only the server knows the PINs (apps/server/src/configuration/manager-sign-in.ts). */
  | { code: 'no_manager_can_sign_in' };

export type ConfigProblemCode = ConfigProblem['code'];

/** Every code, for the protocol's schema and the UIs' wording (a test checks each has a text). */
export const CONFIG_PROBLEM_CODES = [
  'service_id_repeated',
  'window_id_repeated',
  'staff_id_repeated',
  'staff_login_repeated',
  'unknown_time_zone',
  'service_unknown_group',
  'service_bad_letter',
  'service_no_client_type',
  'window_unknown_service',
  'staff_unknown_window',
  'appointments_unknown_service',
  'hours_not_seven_days',
  'hours_bad_range',
  'no_manager',
  'overload_threshold_too_small',
  'norms_not_positive',
  'window_open_on_removal',
  'service_queued_on_removal',
  'no_manager_can_sign_in',
] as const satisfies readonly ConfigProblemCode[];

// Every code of the type is in the list (the `satisfies` above checks the other direction).
type Missing = Exclude<ConfigProblemCode, (typeof CONFIG_PROBLEM_CODES)[number]>;
const everyCode: Missing extends never ? true : Missing = true;
void everyCode;
