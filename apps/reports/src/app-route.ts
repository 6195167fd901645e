/** The reports app has two pages under /reports/: the reports and «Настройки офиса» (/reports/settings). */
export type AppRoute = 'reports' | 'settings';

export const routeOf = (pathname: string): AppRoute =>
  /\/settings\/?$/.test(pathname) ? 'settings' : 'reports';

export const pathOf = (route: AppRoute): string => (route === 'settings' ? '/reports/settings' : '/reports/');
