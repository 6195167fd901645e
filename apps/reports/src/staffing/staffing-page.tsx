import { HttpFailure } from '@queue/client';
import { type OfficeConfig, formatLocal } from '@queue/engine';
import type { StaffingResponse } from '@queue/protocol';
import type { StaffingTableId } from '@queue/staffing';
import { ReportHeadingView, ReportTableView, refusalText } from '@queue/ui';
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Api, saveFile } from '../api';
import { dayName, localiseStaffingCell } from './staffing-cells';
import { WorkedExample } from './worked-example';
import { WindowsChart } from './windows-chart';

const CONFIDENCES = [80, 90, 95] as const;

export interface StaffingQuery {
  confidence: number;
  /** The day compared hour by hour; null: the latest day before today. */
  day: string | null;
}

/** The plan's tables in the order a manager reads them; `basis` goes with the method, at the end. */
const PLAN_TABLES: StaffingTableId[] = ['tomorrow', 'week', 'review', 'reviewHours'];

/**
 * «План работы окон» (issue 20): tomorrow's windows by hour for each service group, the week, and the
 * recent days set against the plan made before each, each table with what its figures are, and the
 * method with the office's own figures it rests on. The tables are the server's, as its CSV and XLSX
 * files carry them; the charts and the worked example draw on the same figures.
 */
export const StaffingPage = ({ api, config }: { api: Api; config: OfficeConfig }) => {
  const { t, i18n } = useTranslation('staffing');
  const [query, setQuery] = useState<StaffingQuery>({ confidence: 90, day: null });
  const [result, setResult] = useState<StaffingResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { confidence: useId(), day: useId() };

  const load = useCallback(
    async (next: StaffingQuery) => {
      setQuery(next);
      setBusy(true);
      setError(null);
      try {
        setResult(await api.call('staffing', { query: next }));
      } catch (failure) {
        setError((failure instanceof HttpFailure && refusalText(failure, i18n)) || t('errors.network'));
      } finally {
        setBusy(false);
      }
    },
    [api, t, i18n],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: load on mount only
  useEffect(() => {
    void load(query);
  }, []);

  const download = async (kind: 'csv' | 'xlsx', table?: StaffingTableId) => {
    setError(null);
    try {
      const file =
        kind === 'csv'
          ? await api.file('staffingCsv', { query: { ...query, table } })
          : await api.file('staffingXlsx', { query });
      saveFile(file, `staffing.${kind}`);
    } catch (failure) {
      setError((failure instanceof HttpFailure && refusalText(failure, i18n)) || t('errors.network'));
    }
  };

  const locale = i18n.language;
  const tomorrow = result?.overview.plans[0];
  const groups = tomorrow ? [...new Set(tomorrow.hours.map((h) => h.groupId))].sort() : [];
  const groupTitle = (id: string) => config.groups.find((g) => g.id === id)?.title ?? id;
  const tableView = (id: StaffingTableId) => {
    const found = result?.tables.find((x) => x.id === id);
    return (
      found && (
        <ReportTableView
          key={id}
          table={found}
          busy={busy}
          ns="staffing"
          localise={localiseStaffingCell}
          onCsv={() => void download('csv', id)}
        >
          <ul className="table-notes">
            {(t(`notes.${id}`, { returnObjects: true }) as string[]).map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </ReportTableView>
      )
    );
  };
  const reviewDays = result ? [...result.overview.reviews].reverse().map((r) => r.plan.date) : [];

  return (
    <main className="report-page staffing-page">
      <h1>{t('page')}</h1>
      <p className="intro">{t('intro')}</p>
      <form
        className="controls no-print"
        aria-label={t('controls.title')}
        onSubmit={(event) => {
          event.preventDefault();
          void load(query);
        }}
      >
        <div className="field">
          <label htmlFor={ids.confidence}>{t('controls.confidence')}</label>
          <select
            id={ids.confidence}
            value={query.confidence}
            onChange={(e) => void load({ ...query, confidence: Number(e.target.value) })}
          >
            {CONFIDENCES.map((percent) => (
              <option key={percent} value={percent}>
                {t('controls.confidenceValue', { percent })}
              </option>
            ))}
          </select>
        </div>
        {reviewDays.length > 0 && (
          <div className="field">
            <label htmlFor={ids.day}>{t('controls.reviewDay')}</label>
            <select
              id={ids.day}
              value={result?.reviewDate ?? ''}
              onChange={(e) => void load({ ...query, day: e.target.value })}
            >
              {reviewDays.map((date) => (
                <option key={date} value={date}>
                  {dayName(date, locale)}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('controls.building') : t('controls.show')}
        </button>
      </form>
      {error && (
        <p className="problem" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div className="report" aria-busy={busy}>
          <ReportHeadingView
            ns="staffing"
            onXlsx={() => void download('xlsx')}
            lines={[
              { key: 'office', label: t('heading.office'), value: result.heading.office },
              { key: 'period', label: t('heading.period'), value: result.heading.period },
              { key: 'preset', label: t('heading.norms'), value: result.heading.preset },
              { key: 'filters', label: t('heading.basis'), value: result.heading.filters },
              {
                key: 'generated',
                label: t('heading.generated'),
                value: `${formatLocal(result.generatedAt, config.timeZone)} · ${t('heading.computed', { ms: result.computeMs })}`,
              },
            ]}
          />
          {tomorrow && (
            <section className="charts" aria-labelledby="staffing-charts-title">
              <h2 id="staffing-charts-title">{t('chart.title', { day: dayName(tomorrow.date, locale) })}</h2>
              {groups.length === 0 ? (
                <p className="muted">{t('chart.none')}</p>
              ) : (
                <>
                  <WorkedExample overview={result.overview} groupTitle={groupTitle} />
                  <div className="chart-grid">
                    {groups.map((id) => (
                      <WindowsChart
                        key={id}
                        title={groupTitle(id)}
                        hours={tomorrow.hours.filter((h) => h.groupId === id)}
                      />
                    ))}
                  </div>
                </>
              )}
            </section>
          )}
          {PLAN_TABLES.map(tableView)}
          <section className="assumptions" aria-labelledby="staffing-assumptions">
            <h2 id="staffing-assumptions">{t('assumptions.title')}</h2>
            <ul>
              {(t('assumptions.items', { returnObjects: true }) as string[]).map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </section>
          {tableView('basis')}
        </div>
      )}
    </main>
  );
};
