import type { Cell, ReportHeading, ReportTable } from '@queue/reports-engine';

/**
 * A table as CSV for Russian Excel: UTF-8 with a byte order mark (without it Excel reads Cyrillic as
 * cp1251 garbage), `;` between fields (the comma is the decimal separator in the Russian locale, so
 * numbers are written «14,5»), CRLF line ends. The file starts with the office, the period and the
 * preset, a blank line, then the table.
 */
const BOM = '\uFEFF';

const field = (cell: Cell): string => {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell).replace('.', ',') : cell;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

const line = (cells: readonly Cell[]) => cells.map(field).join(';');

export const tableCsv = (table: ReportTable<string>, heading: ReportHeading, generatedAt: string): string => {
  const lines = [
    line(['Офис', heading.office]),
    line(['Период', heading.period]),
    line(['Нормативы', heading.preset]),
    line(['Фильтры', heading.filters]),
    line(['Таблица', table.title]),
    line(['Сформирован', generatedAt]),
    '',
    line(table.columns.map((c) => c.title)),
    ...table.rows.map(line),
    ...(table.total ? [line(table.total)] : []),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
};
