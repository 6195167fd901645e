import type { OfficeConfig } from '@queue/engine';
import { type StaffSession, StaffSignIn, endStaffSession, switchLocale } from '@queue/ui';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HttpFailure } from '@queue/client';
import { api as makeApi } from './api';
import { type AppRoute, pathOf, routeOf } from './app-route';
import { ReportPage } from './report/report-page';
import { mayConfigure, mayReadReports, reportsSession } from './session';
import { SettingsPage } from './settings/settings-page';
import { StaffingPage } from './staffing/staffing-page';

export const App = () => {
  const { t, i18n } = useTranslation('reports');
  const [session, setSession] = useState<StaffSession | null>(reportsSession.read);
  const [notice, setNotice] = useState<string | null>(null);
  const [config, setConfig] = useState<OfficeConfig | null>(null);
  const [route, setRoute] = useState<AppRoute>(() => routeOf(location.pathname));
  const signOut = (why: string | null) => {
    reportsSession.clear();
    setSession(null);
    setConfig(null);
    setNotice(why);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: one client per session
  const api = useMemo(
    () => (session ? makeApi(session.token, () => signOut(t('login.expired'))) : null),
    [session],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: the configuration loads once per session
  useEffect(() => {
    if (!api) return;
    api
      .call('config')
      .then((answer) => setConfig(answer.config))
      .catch((failure) => {
        if (!(failure instanceof HttpFailure && failure.status === 401)) signOut(t('errors.network'));
      });
  }, [api]);

  useEffect(() => {
    const onPop = () => setRoute(routeOf(location.pathname));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    const page =
      route === 'settings'
        ? t('page.settings')
        : route === 'staffing'
          ? t('staffing:page')
          : t('page.reports');
    document.title = `${page}${config ? ` — ${config.name}` : ''}`;
  }, [route, config, t]);

  const go = (next: AppRoute) => {
    history.pushState(null, '', `${pathOf(next)}${location.search}`);
    setRoute(next);
  };

  if (!session || !api) {
    return (
      <StaffSignIn
        heading={t('login.title')}
        notice={notice}
        refuse={(staff) => (mayReadReports(staff.roles) ? null : t('login.notAllowed'))}
        onSignedIn={(s) => {
          reportsSession.save(s);
          setNotice(null);
          setSession(s);
        }}
      />
    );
  }

  const manager = mayConfigure(session.staff.roles);
  return (
    <div className="app">
      <header className="app-header no-print">
        <div className="office">
          <strong>{config?.name ?? '…'}</strong>
          <span className="muted">{t('header.user', { name: session.staff.fullName })}</span>
        </div>
        <nav aria-label={t('header.nav')}>
          <a
            href={pathOf('reports')}
            aria-current={route === 'reports' ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              go('reports');
            }}
          >
            {t('page.reports')}
          </a>
          <a
            href={pathOf('staffing')}
            aria-current={route === 'staffing' ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              go('staffing');
            }}
          >
            {t('staffing:page')}
          </a>
          {manager && (
            <a
              href={pathOf('settings')}
              aria-current={route === 'settings' ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                go('settings');
              }}
            >
              {t('page.settings')}
            </a>
          )}
        </nav>
        <div className="header-actions">
          <button type="button" onClick={() => void switchLocale(i18n.language === 'en' ? 'ru' : 'en')}>
            {t('common:language')}
          </button>
          <button
            type="button"
            onClick={() => {
              signOut(null);
              void endStaffSession(session.token);
            }}
          >
            {t('header.signOut')}
          </button>
        </div>
      </header>
      {!config ? (
        <main>
          <p className="muted">{t('header.loading')}</p>
        </main>
      ) : route === 'settings' ? (
        manager ? (
          <SettingsPage api={api} config={config} onSaved={setConfig} />
        ) : (
          <main>
            <p className="problem">{t('header.managerOnly')}</p>
          </main>
        )
      ) : route === 'staffing' ? (
        <StaffingPage api={api} config={config} />
      ) : (
        <ReportPage api={api} config={config} />
      )}
    </div>
  );
};
