import type { Cell, Column, ReportTable } from '@queue/reports-engine';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCell, localiseLabel } from './cell-format.js';
import { groupHeads, isGrouped } from './report-column-heads.js';

interface Props {
  table: ReportTable<string>;
  onCsv: () => void;
  busy: boolean;
  /** A label cell in the page's language; the reports' own labels by default. */
  localise?: (cell: Cell, locale: string) => Cell;
  /** What the table's figures are and how they are made, under its title. */
  children?: ReactNode;
  /**
   * The app's i18n namespace holding `export.csv`, `tables.empty`, and where it has them the
   * `tables.<id>`, `columns.<key>`, `rows.<table>.<code>` and `notes.<table>` words (the server writes
   * the Russian titles).
   */
  ns?: string;
}

/**
 * One table of a report, exactly as its CSV carries it, with its own CSV download and the note on how
 * its figures are computed: an office's reports and the head office's company reports show their
 * tables with it, so they look the same. Titles, column names, row kinds and yes/no cells are worded
 * from the app's resources where they have words (the file keeps the server's Russian); the rest of
 * the cells are data.
 */
export const ReportTableView = ({
  table,
  onCsv,
  busy,
  ns = 'reports',
  localise = localiseLabel,
  children,
}: Props) => {
  const { t, i18n } = useTranslation(ns);
  const locale = i18n.language;
  const title = locale === 'en' ? t(`tables.${table.id}`, { defaultValue: table.title }) : table.title;
  const columnTitle = (key: string, fallback: string) =>
    locale === 'en' ? t(`columns.${key}`, { defaultValue: fallback }) : fallback;
  const groups = groupHeads(table.columns);
  const notes = t(`notes.${table.id}`, { returnObjects: true, defaultValue: [] }) as unknown;
  const text = (cell: Cell, column: Column, row: number | null): string => {
    if (column.kind === 'flag') return cell === null ? '—' : t('cells.yes', { defaultValue: 'да' });
    const code = row === null ? undefined : table.rowCodes?.[row];
    if (code !== undefined && column === table.columns[0]) {
      return t(`rows.${table.id}.${code}`, { defaultValue: String(cell ?? '') });
    }
    return formatCell(localise(cell, locale), column.kind, locale);
  };
  const line = (cells: Cell[], row: number | null) =>
    cells.map((cell, i) => {
      const column = table.columns[i]!;
      return i === 0 ? (
        <th key={column.key} scope="row" className="text">
          {text(cell, column, row)}
        </th>
      ) : (
        <td key={column.key} className={column.kind} data-column={column.key}>
          {text(cell, column, row)}
        </td>
      );
    });
  return (
    <section className="report-table" data-table={table.id} aria-labelledby={`table-${table.id}`}>
      <div className="table-head">
        <h2 id={`table-${table.id}`}>{title}</h2>
        <button type="button" className="no-print" onClick={onCsv} disabled={busy} data-export="csv">
          {t('export.csv')}
          <span className="visually-hidden">: {title}</span>
        </button>
      </div>
      {children}
      {table.rows.length === 0 ? (
        <p className="muted">{t('tables.empty')}</p>
      ) : (
        // A table wider than the window (a narrow screen) scrolls sideways, its first column staying in
        // view; the region takes focus so the keyboard can scroll it too.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="table-scroll" tabIndex={0} aria-labelledby={`table-${table.id}`}>
          <table>
            <thead>
              {groups && (
                <tr className="group-heads">
                  {groups.map((head, i) =>
                    head.group === null ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: header cells are positional
                      <td key={i} colSpan={head.span} aria-hidden="true" />
                    ) : (
                      <th key={head.group} scope="colgroup" colSpan={head.span} className="group-head">
                        {t(`common:reportColumns.group.${head.group}`)}
                      </th>
                    ),
                  )}
                </tr>
              )}
              <tr>
                {table.columns.map((c, i) => {
                  const full = columnTitle(c.key, c.title);
                  const className = c.kind === 'text' && i === 0 ? 'text' : c.kind;
                  // Under a group heading: a short title, the full one on hover and for a screen reader.
                  return groups && isGrouped(c.key) ? (
                    <th
                      key={c.key}
                      scope="col"
                      className={`${className} short`}
                      title={full}
                      aria-label={full}
                    >
                      {t(`common:reportColumns.short.${c.key}`)}
                    </th>
                  ) : (
                    <th key={c.key} scope="col" className={className}>
                      {full}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional, rebuilt with every report
                <tr key={r}>{line(row, r)}</tr>
              ))}
            </tbody>
            {table.total && (
              <tfoot>
                <tr>{line(table.total, null)}</tr>
              </tfoot>
            )}
          </table>
        </section>
      )}
      {Array.isArray(notes) && notes.length > 0 && (
        <details className="report-notes" data-notes={table.id}>
          <summary>{t('notes.toggle')}</summary>
          <ul>
            {(notes as string[]).map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
};
