/** The reports app's pages under /reports/: the reports, «План работы окон» and «Настройки офиса». */
export type AppRoute = 'reports' | 'staffing' | 'settings';

const PATHS: Record<AppRoute, string> = {
  reports: '/reports/',
  staffing: '/reports/staffing',
  settings: '/reports/settings',
};

export const routeOf = (pathname: string): AppRoute =>
  /\/settings\/?$/.test(pathname) ? 'settings' : /\/staffing\/?$/.test(pathname) ? 'staffing' : 'reports';

export const pathOf = (route: AppRoute): string => PATHS[route];
