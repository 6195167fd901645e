/**
 * Who uses the reports: a manager or the hall administrator, logged in with login and PIN
 * (`POST /api/login`). The office's configuration is the manager's alone (DESIGN §4). The session is
 * kept for the tab under the reports' own key (see `staffSessionStore`).
 */
import { staffSessionStore } from '@queue/ui';

export const REPORT_ROLES: readonly string[] = ['manager', 'administrator'];

export const mayReadReports = (roles: readonly string[]) => roles.some((r) => REPORT_ROLES.includes(r));
export const mayConfigure = (roles: readonly string[]) => roles.includes('manager');

export const reportsSession = staffSessionStore({ key: 'queue.reports.session', mayUse: mayReadReports });
