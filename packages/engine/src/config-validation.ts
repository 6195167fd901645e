import type { ConfigProblem } from './config-problem.js';
import type { OfficeConfig } from './model.js';
import { isValidTimeZone } from './office-time.js';

/**
 * Semantic checks of an office configuration: shapes are checked by the protocol's schemas at the
 * boundary, this checks that the parts refer to each other correctly. Returns the problems found, as
 * codes with the ids concerned (the settings page words them).
 */
export const configProblems = (config: OfficeConfig): ConfigProblem[] => {
  const problems: ConfigProblem[] = [];
  const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
  for (const id of duplicates(config.services.map((s) => s.id)))
    problems.push({ code: 'service_id_repeated', serviceId: id });
  for (const id of duplicates(config.windows.map((w) => w.id)))
    problems.push({ code: 'window_id_repeated', windowId: id });
  for (const id of duplicates(config.staff.map((s) => s.id)))
    problems.push({ code: 'staff_id_repeated', staffId: id });
  for (const login of duplicates(config.staff.map((s) => s.login.toLowerCase()))) {
    problems.push({ code: 'staff_login_repeated', login });
  }
  if (!isValidTimeZone(config.timeZone))
    problems.push({ code: 'unknown_time_zone', timeZone: config.timeZone });
  const groupIds = new Set(config.groups.map((g) => g.id));
  const serviceIds = new Set(config.services.map((s) => s.id));
  for (const service of config.services) {
    if (!groupIds.has(service.groupId))
      problems.push({ code: 'service_unknown_group', serviceId: service.id, missing: service.groupId });
    if (!/^\p{L}{1,2}$/u.test(service.letter))
      problems.push({ code: 'service_bad_letter', serviceId: service.id });
    if (service.clientTypes.length === 0)
      problems.push({ code: 'service_no_client_type', serviceId: service.id });
  }
  for (const window of config.windows) {
    for (const id of [...window.services.map((s) => s.serviceId), ...(window.alsoServes ?? [])]) {
      if (!serviceIds.has(id))
        problems.push({ code: 'window_unknown_service', windowId: window.id, missing: id });
    }
  }
  for (const member of config.staff) {
    if (member.windowId && !config.windows.some((w) => w.id === member.windowId)) {
      problems.push({ code: 'staff_unknown_window', staffId: member.id, missing: member.windowId });
    }
  }
  for (const id of config.appointments.serviceIds) {
    if (!serviceIds.has(id)) problems.push({ code: 'appointments_unknown_service', missing: id });
  }
  if (config.hours.byWeekday.length !== 7) problems.push({ code: 'hours_not_seven_days' });
  for (const day of config.hours.byWeekday) {
    if (day && !(/^\d\d:\d\d$/.test(day.open) && /^\d\d:\d\d$/.test(day.close) && day.open < day.close)) {
      problems.push({ code: 'hours_bad_range', open: day.open, close: day.close });
    }
  }
  // Without a manager nobody can change the configuration again (issue 13 §5).
  if (!config.staff.some((s) => s.roles.includes('manager'))) problems.push({ code: 'no_manager' });
  const { profile } = config;
  if (profile.overload.threshold < 1) problems.push({ code: 'overload_threshold_too_small' });
  if (profile.waitNormMin <= 0 || profile.serviceNormMin <= 0) problems.push({ code: 'norms_not_positive' });
  return problems;
};
