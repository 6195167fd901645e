import { switchLocale } from '@queue/ui';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CentralLoginAnswer } from '../contract/central-api';
import { centralClient } from './central-client';
import { centralSession } from './central-session';
import { CompanyReportPage } from './company-report-page';
import { OverviewPage } from './overview-page';
import { SignIn } from './sign-in';
import { TemplatesPage } from './templates-page';

type Route = 'overview' | 'reports' | 'templates';
const PATHS: Record<Route, string> = {
  overview: '/central/',
  reports: '/central/reports',
  templates: '/central/templates',
};
const routeOf = (path: string): Route =>
  path.startsWith(PATHS.reports) ? 'reports' : path.startsWith(PATHS.templates) ? 'templates' : 'overview';

/** The head office's screens: the company overview, the company reports, the configuration templates. */
export const App = () => {
  const { t, i18n } = useTranslation('central');
  const [session, setSession] = useState<CentralLoginAnswer | null>(centralSession.read);
  const [notice, setNotice] = useState<string | null>(null);
  const [route, setRoute] = useState<Route>(() => routeOf(location.pathname));
  const signOut = (why: string | null) => {
    centralSession.clear();
    setSession(null);
    setNotice(why);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: one client per session
  const client = useMemo(
    () => (session ? centralClient(session.token, () => signOut(t('login.expired'))) : null),
    [session],
  );

  useEffect(() => {
    const onPop = () => setRoute(routeOf(location.pathname));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    document.title = `${t(`page.${route}`)} — ${t('page.title')}`;
  }, [route, t]);

  if (!session || !client) {
    return (
      <SignIn
        notice={notice}
        onSignedIn={(answer) => {
          centralSession.save(answer);
          setNotice(null);
          setSession(answer);
        }}
      />
    );
  }

  const go = (next: Route) => {
    history.pushState(null, '', `${PATHS[next]}${location.search}`);
    setRoute(next);
  };
  return (
    <div className="app">
      <header className="app-header no-print">
        <div className="office">
          <strong>{t('page.title')}</strong>
          <span className="muted">
            {session.user.fullName} · {t(`header.role.${session.user.role}`)}
          </span>
        </div>
        <nav aria-label={t('header.nav')}>
          {(Object.keys(PATHS) as Route[]).map((r) => (
            <a
              key={r}
              href={PATHS[r]}
              aria-current={route === r ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                go(r);
              }}
            >
              {t(`page.${r}`)}
            </a>
          ))}
        </nav>
        <div className="header-actions">
          <button type="button" onClick={() => void switchLocale(i18n.language === 'en' ? 'ru' : 'en')}>
            {t('common:language')}
          </button>
          <button type="button" onClick={() => signOut(null)}>
            {t('header.signOut')}
          </button>
        </div>
      </header>
      {route === 'overview' ? (
        <OverviewPage client={client} />
      ) : route === 'reports' ? (
        <CompanyReportPage client={client} />
      ) : (
        <TemplatesPage client={client} role={session.user.role} />
      )}
    </div>
  );
};
