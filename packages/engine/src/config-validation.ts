import type { OfficeConfig } from './model.js';
import { isValidTimeZone } from './office-time.js';

/**
 * Semantic checks of an office configuration: shapes are checked by the protocol's schemas at the
 * boundary, this checks that the parts refer to each other correctly. Returns the problems found.
 */
export const configProblems = (config: OfficeConfig): string[] => {
  const problems: string[] = [];
  const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
  for (const id of duplicates(config.services.map((s) => s.id))) problems.push(`service id repeated: ${id}`);
  for (const id of duplicates(config.windows.map((w) => w.id))) problems.push(`window id repeated: ${id}`);
  for (const id of duplicates(config.staff.map((s) => s.id))) problems.push(`staff id repeated: ${id}`);
  for (const login of duplicates(config.staff.map((s) => s.login.toLowerCase()))) {
    problems.push(`staff login repeated: ${login}`);
  }
  if (!isValidTimeZone(config.timeZone)) problems.push(`unknown time zone: ${config.timeZone}`);
  const groupIds = new Set(config.groups.map((g) => g.id));
  const serviceIds = new Set(config.services.map((s) => s.id));
  for (const service of config.services) {
    if (!groupIds.has(service.groupId))
      problems.push(`service ${service.id}: unknown group ${service.groupId}`);
    if (!/^\p{L}{1,2}$/u.test(service.letter))
      problems.push(`service ${service.id}: letter must be 1–2 letters`);
    if (service.clientTypes.length === 0) problems.push(`service ${service.id}: no client type`);
  }
  for (const window of config.windows) {
    for (const id of [...window.services.map((s) => s.serviceId), ...(window.alsoServes ?? [])]) {
      if (!serviceIds.has(id)) problems.push(`window ${window.id}: unknown service ${id}`);
    }
  }
  for (const member of config.staff) {
    if (member.windowId && !config.windows.some((w) => w.id === member.windowId)) {
      problems.push(`staff ${member.id}: unknown window ${member.windowId}`);
    }
  }
  for (const id of config.appointments.serviceIds) {
    if (!serviceIds.has(id)) problems.push(`appointments: unknown service ${id}`);
  }
  if (config.hours.byWeekday.length !== 7) problems.push('hours: seven weekdays expected');
  for (const day of config.hours.byWeekday) {
    if (day && !(/^\d\d:\d\d$/.test(day.open) && /^\d\d:\d\d$/.test(day.close) && day.open < day.close)) {
      problems.push(`hours: bad range ${day.open}–${day.close}`);
    }
  }
  // Without a manager nobody can change the configuration again (issue 13 §5).
  if (!config.staff.some((s) => s.roles.includes('manager'))) problems.push('no manager in the staff');
  const { profile } = config;
  if (profile.overload.threshold < 1) problems.push('overload threshold must be at least 1');
  if (profile.waitNormMin <= 0 || profile.serviceNormMin <= 0) problems.push('norms must be positive');
  return problems;
};
