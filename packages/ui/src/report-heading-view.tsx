import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface HeadingLine {
  /** Names the line for tests and styles (`data-heading`). */
  key: string;
  label: string;
  value: ReactNode;
}

/**
 * What a report says about itself above its tables — the office or company, the period, the norms, how
 * it was made — as its files say it in their first lines, with the download of every table and print.
 * An office's reports, its staffing plan and the head office's company reports show it alike.
 */
export const ReportHeadingView = ({
  lines,
  onXlsx,
  ns,
}: {
  lines: readonly HeadingLine[];
  onXlsx: () => void;
  /** The app's i18n namespace holding `export.xlsx` and `export.print`. */
  ns: string;
}) => {
  const { t } = useTranslation(ns);
  return (
    <header className="report-heading">
      <dl>
        {lines.map((line) => [
          <dt key={`${line.key}-label`}>{line.label}</dt>,
          <dd key={line.key} data-heading={line.key}>
            {line.value}
          </dd>,
        ])}
      </dl>
      <div className="report-actions no-print">
        <button type="button" className="primary" onClick={onXlsx} data-export="xlsx">
          {t('export.xlsx')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('export.print')}
        </button>
      </div>
    </header>
  );
};
