import type { OfficeConfig } from '@queue/engine';
import { DIMENSIONS, type Dimension, type ReportQuery } from '@queue/reports-engine';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from './date-field';
import { type QuickPeriod, officeToday, quickPeriod } from './period';

interface Props {
  config: OfficeConfig;
  query: ReportQuery;
  busy: boolean;
  onSubmit: (query: ReportQuery) => void;
}

/** The period (one day or a range), the grouping and the filters; the report is built on «Показать». */
export const ReportControls = ({ config, query, busy, onSubmit }: Props) => {
  const { t } = useTranslation('reports');
  const [draft, setDraft] = useState(query);
  const [range, setRange] = useState(query.from !== query.to);
  const ids = {
    from: useId(),
    to: useId(),
    group: useId(),
    topic: useId(),
    window: useId(),
    operator: useId(),
  };
  const set = (change: Partial<ReportQuery>) => setDraft((d) => ({ ...d, ...change }));
  const today = officeToday(config.timeZone);
  const quick = (kind: QuickPeriod) => {
    const period = quickPeriod(kind, today);
    setRange(period.from !== period.to);
    const next = { ...draft, ...period };
    setDraft(next);
    onSubmit(next);
  };
  const operators = config.staff.filter((s) => s.roles.some((r) => r !== 'manager'));

  return (
    <form
      className="controls no-print"
      aria-label={t('controls.title')}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(range ? draft : { ...draft, to: draft.from });
      }}
    >
      <fieldset className="period">
        <legend>{t('controls.period')}</legend>
        <div className="segmented" role="radiogroup" aria-label={t('controls.periodKind')}>
          <label>
            <input type="radio" name="period-kind" checked={!range} onChange={() => setRange(false)} />
            {t('controls.day')}
          </label>
          <label>
            <input type="radio" name="period-kind" checked={range} onChange={() => setRange(true)} />
            {t('controls.range')}
          </label>
        </div>
        <div className="dates">
          <label htmlFor={ids.from}>{range ? t('controls.from') : t('controls.date')}</label>
          <DateField
            id={ids.from}
            name="from"
            value={draft.from}
            onChange={(from) => set({ from, ...(range ? {} : { to: from }) })}
          />
          {range && (
            <>
              <label htmlFor={ids.to}>{t('controls.to')}</label>
              <DateField
                id={ids.to}
                name="to"
                min={draft.from}
                value={draft.to}
                onChange={(to) => set({ to })}
              />
            </>
          )}
        </div>
        <div className="quick">
          {(['today', 'yesterday', 'week', 'month'] as const).map((kind) => (
            <button key={kind} type="button" onClick={() => quick(kind)}>
              {t(`controls.quick.${kind}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset className="filters">
        <legend>{t('controls.groupingAndFilters')}</legend>
        <label htmlFor={ids.group}>{t('controls.groupBy')}</label>
        <select
          id={ids.group}
          name="groupBy"
          value={draft.groupBy}
          onChange={(e) => set({ groupBy: e.target.value as Dimension })}
        >
          {DIMENSIONS.map((d) => (
            <option key={d} value={d}>
              {t(`dimension.${d}`)}
            </option>
          ))}
        </select>
        <label htmlFor={ids.topic}>{t('controls.topic')}</label>
        <select
          id={ids.topic}
          name="topic"
          value={draft.topic ?? ''}
          onChange={(e) => set({ topic: e.target.value || null })}
        >
          <option value="">{t('controls.all')}</option>
          {config.services.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
        <label htmlFor={ids.window}>{t('controls.window')}</label>
        <select
          id={ids.window}
          name="window"
          value={draft.window ?? ''}
          onChange={(e) => set({ window: e.target.value || null })}
        >
          <option value="">{t('controls.all')}</option>
          {config.windows.map((w) => (
            <option key={w.id} value={w.id}>
              {w.label}
            </option>
          ))}
        </select>
        <label htmlFor={ids.operator}>{t('controls.operator')}</label>
        <select
          id={ids.operator}
          name="operator"
          value={draft.operator ?? ''}
          onChange={(e) => set({ operator: e.target.value || null })}
        >
          <option value="">{t('controls.all')}</option>
          {operators.map((s) => (
            <option key={s.id} value={s.id}>
              {s.fullName}
            </option>
          ))}
        </select>
      </fieldset>
      <button type="submit" className="primary show" disabled={busy}>
        {busy ? t('controls.building') : t('controls.show')}
      </button>
    </form>
  );
};
