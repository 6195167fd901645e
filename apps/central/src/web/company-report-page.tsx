import { addDays, localDate } from '@queue/engine';
import {
  COMPANY_DIMENSIONS,
  type CompanyDimension,
  type CompanyQuery,
  type TableId,
} from '@queue/reports-engine';
import { ReportHeadingView, ReportTableView, refusalText } from '@queue/ui';
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyReportAnswer } from '../contract/central-api';
import { CentralError, type CentralClient } from './central-client';

const pathOf = (kind: '' | '/export.csv' | '/export.xlsx', query: CompanyQuery, table?: TableId) => {
  const params = new URLSearchParams({ from: query.from, to: query.to, groupBy: query.groupBy });
  if (table) params.set('table', table);
  return `/api/company-report${kind}?${params}`;
};

/** The head office's calendar: Moscow, where the company's reports are read. */
const today = () => localDate(Date.now(), 'Europe/Moscow');

/**
 * Company reports (issue 16): every office's figures for a period, side by side or across the company,
 * with the office reports' own tables (`ReportTableView`), each with its CSV, and all as one XLSX.
 */
export const CompanyReportPage = ({ client }: { client: CentralClient }) => {
  const { t, i18n } = useTranslation('central');
  const ids = { from: useId(), to: useId(), group: useId() };
  const [draft, setDraft] = useState<CompanyQuery>(() => ({
    from: addDays(today(), -6),
    to: today(),
    groupBy: 'office',
  }));
  const [query, setQuery] = useState<CompanyQuery>(draft);
  const [result, setResult] = useState<CompanyReportAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const language = i18n.language === 'en' ? 'en' : 'ru';
  const problemOf = useCallback(
    (failure: unknown) =>
      (failure instanceof CentralError &&
        failure.wire &&
        refusalText({ ...failure.wire, text: failure.wire.message }, i18n)) ||
      t('errors.network'),
    [i18n, t],
  );

  const load = useCallback(
    async (next: CompanyQuery) => {
      setQuery(next);
      setBusy(true);
      setError(null);
      try {
        setResult(await client.get<CompanyReportAnswer>(pathOf('', next)));
      } catch (failure) {
        setError(problemOf(failure));
      } finally {
        setBusy(false);
      }
    },
    [client, problemOf],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: the first report loads once
  useEffect(() => {
    void load(draft);
  }, []);

  const download = async (kind: '/export.csv' | '/export.xlsx', table?: TableId) => {
    setError(null);
    try {
      await client.download(
        pathOf(kind, query, table),
        kind === '/export.csv' ? 'company.csv' : 'company.xlsx',
      );
    } catch (failure) {
      setError(problemOf(failure));
    }
  };

  const quick = (days: number, endsYesterday = false) => {
    const to = endsYesterday ? addDays(today(), -1) : today();
    const next = { ...draft, from: addDays(to, -(days - 1)), to };
    setDraft(next);
    void load(next);
  };

  return (
    <main className="report-page">
      <h1 className="visually-hidden">{t('page.reports')}</h1>
      <form
        className="controls no-print"
        aria-label={t('controls.title')}
        onSubmit={(event) => {
          event.preventDefault();
          void load(draft);
        }}
      >
        <fieldset className="period">
          <legend>{t('controls.period')}</legend>
          <div className="dates">
            <label htmlFor={ids.from}>{t('controls.from')}</label>
            <input
              id={ids.from}
              type="date"
              required
              value={draft.from}
              onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            />
            <label htmlFor={ids.to}>{t('controls.to')}</label>
            <input
              id={ids.to}
              type="date"
              required
              min={draft.from}
              value={draft.to}
              onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            />
          </div>
          <div className="quick">
            <button type="button" onClick={() => quick(1, true)}>
              {t('controls.quick.yesterday')}
            </button>
            <button type="button" onClick={() => quick(7)}>
              {t('controls.quick.week')}
            </button>
            <button type="button" onClick={() => quick(30)}>
              {t('controls.quick.month')}
            </button>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('controls.group')}</legend>
          <div className="segmented" role="radiogroup" aria-label={t('controls.group')}>
            {COMPANY_DIMENSIONS.map((dimension: CompanyDimension) => (
              <label key={dimension}>
                <input
                  type="radio"
                  name={ids.group}
                  value={dimension}
                  checked={draft.groupBy === dimension}
                  onChange={() => setDraft({ ...draft, groupBy: dimension })}
                />
                {t(`controls.groups.${dimension}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="show">
          <button type="submit" className="primary" disabled={busy}>
            {t('controls.show')}
          </button>
        </div>
      </form>
      {error && (
        <p className="problem" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div className="report" aria-busy={busy}>
          <ReportHeadingView
            ns="central"
            onXlsx={() => void download('/export.xlsx')}
            lines={[
              { key: 'office', label: t('heading.company'), value: result.heading.office },
              { key: 'period', label: t('heading.period'), value: result.heading.period },
              { key: 'preset', label: t('heading.preset'), value: result.heading.preset },
              {
                key: 'generated',
                label: t('heading.generated'),
                value: `${new Date(result.generatedAt).toLocaleString(language === 'en' ? 'en-GB' : 'ru-RU', {
                  timeZone: 'Europe/Moscow',
                })} · ${t('heading.computed', { ms: result.computeMs })}`,
              },
            ]}
          />
          {result.tables.map((table) => (
            <ReportTableView
              key={table.id}
              ns="central"
              table={table}
              busy={busy}
              onCsv={() => void download('/export.csv', table.id)}
            />
          ))}
        </div>
      )}
    </main>
  );
};
