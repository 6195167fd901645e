import { type OfficeConfig, formatLocal } from '@queue/engine';
import type { ReportQuery, TableId } from '@queue/reports-engine';
import { ReportHeadingView, ReportTableView, refusalText } from '@queue/ui';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HttpFailure } from '@queue/client';
import type { ReportResponse } from '@queue/protocol';
import { type Api, saveFile } from '../api';
import { DailyShareChart } from '../charts/daily-share-chart';
import { HourlyChart } from '../charts/hourly-chart';
import { WaitHistogram } from '../charts/wait-histogram';
import { ComplianceSummary } from './compliance-summary';
import { officeToday } from './period';
import { ReportControls } from './report-controls';

/** The wait norm the charts draw: the one every group shares, else the preset's. */
const chartWaitNorm = (result: ReportResponse): number => {
  const norms = new Set(result.report.compliance.filter((l) => l.measure === 'wait').map((l) => l.normMin));
  return norms.size === 1 ? [...norms][0]! : result.report.preset.waitNormMin;
};

/** Tables in the order a manager reads them; the compliance details come last, after the words. */
const ORDER: TableId[] = [
  'summary',
  'windows',
  'episodes',
  'forecastEpisodes',
  'dayKinds',
  'hourly',
  'daily',
  'distribution',
  'compliance',
  'quality',
  'feedbackWindows',
  'feedbackTopics',
  'feedbackTexts',
];

export const ReportPage = ({ api, config }: { api: Api; config: OfficeConfig }) => {
  const { t, i18n } = useTranslation('reports');
  const [query, setQuery] = useState<ReportQuery>(() => {
    const today = officeToday(config.timeZone);
    return { from: today, to: today, groupBy: 'topic', topic: null, window: null, operator: null };
  });
  const [result, setResult] = useState<ReportResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    async (next: ReportQuery) => {
      setQuery(next);
      setBusy(true);
      setError(null);
      try {
        setResult(await api.call('report', { query: next }));
      } catch (failure) {
        setError((failure instanceof HttpFailure && refusalText(failure, i18n)) || t('errors.network'));
      } finally {
        setBusy(false);
      }
    },
    [api, t, i18n],
  );

  // The first report loads once, for today; later ones on request.
  // biome-ignore lint/correctness/useExhaustiveDependencies: load on mount only
  useEffect(() => {
    void load(query);
  }, []);

  const download = async (kind: 'csv' | 'xlsx', table?: TableId) => {
    setError(null);
    try {
      const file =
        kind === 'csv'
          ? await api.file('reportCsv', { query: { ...query, table } })
          : await api.file('reportXlsx', { query });
      saveFile(file, `report.${kind}`);
    } catch (failure) {
      setError((failure instanceof HttpFailure && refusalText(failure, i18n)) || t('errors.network'));
    }
  };

  const tables = result ? ORDER.flatMap((id) => result.tables.filter((table) => table.id === id)) : [];

  return (
    <main className="report-page">
      <h1 className="visually-hidden">{t('page.reports')}</h1>
      <ReportControls config={config} query={query} busy={busy} onSubmit={(q) => void load(q)} />
      {error && (
        <p className="problem" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div className="report" aria-busy={busy}>
          <ReportHeadingView
            ns="reports"
            onXlsx={() => void download('xlsx')}
            lines={[
              { key: 'office', label: t('heading.office'), value: result.heading.office },
              { key: 'period', label: t('heading.period'), value: result.heading.period },
              { key: 'preset', label: t('heading.preset'), value: result.heading.preset },
              { key: 'filters', label: t('heading.filters'), value: result.heading.filters },
              {
                key: 'generated',
                label: t('heading.generated'),
                value: `${formatLocal(result.generatedAt, config.timeZone)} · ${t('heading.computed', { ms: result.computeMs })}`,
              },
            ]}
          />
          <ComplianceSummary lines={result.report.compliance} />
          {tables.slice(0, 1).map((table) => (
            <ReportTableView
              key={table.id}
              table={table}
              busy={busy}
              onCsv={() => void download('csv', table.id)}
            />
          ))}
          <section className="charts" aria-labelledby="charts-title">
            <h2 id="charts-title">{t('charts.title')}</h2>
            <div className="chart-grid">
              <div>
                <h3>{t('charts.hourly')}</h3>
                <HourlyChart points={result.report.hourly} waitNormMin={chartWaitNorm(result)} />
              </div>
              <div>
                <h3>{t('charts.daily')}</h3>
                <DailyShareChart days={result.report.daily} />
              </div>
              <div>
                <h3>{t('charts.distribution')}</h3>
                <WaitHistogram bins={result.report.waitDistribution} waitNormMin={chartWaitNorm(result)} />
              </div>
            </div>
          </section>
          {tables.slice(1).map((table) => (
            <ReportTableView
              key={table.id}
              table={table}
              busy={busy}
              onCsv={() => void download('csv', table.id)}
            />
          ))}
        </div>
      )}
    </main>
  );
};
