import { type ComplianceLine, complianceSentence } from '@queue/reports-engine';
import { useTranslation } from 'react-i18next';

/**
 * The compliance summary in words, first on the page and in print: the standards state their norms as
 * period averages (000 п.72, 002 п.58), and this is the sentence a manager reports upwards.
 */
export const ComplianceSummary = ({ lines }: { lines: ComplianceLine[] }) => {
  const { t, i18n } = useTranslation('reports');
  const locale = i18n.language === 'en' ? 'en' : 'ru';
  return (
    <section className="compliance" aria-labelledby="compliance-title">
      <h2 id="compliance-title">{t('compliance.title')}</h2>
      {lines.length === 0 ? (
        <p className="muted">{t('compliance.none')}</p>
      ) : (
        <ul>
          {lines.map((line) => (
            <li
              key={`${line.measure}|${line.scope}|${line.scopeId}|${line.normMin}`}
              className={line.met === null ? 'unknown' : line.met ? 'met' : 'not-met'}
              data-measure={line.measure}
            >
              <span className="mark" aria-hidden="true">
                {line.met === null ? '·' : line.met ? '✓' : '✗'}
              </span>
              <span>{complianceSentence(line, locale)}</span>
              <span className="count">{t('compliance.count', { count: line.n })}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="note" title={t('compliance.sources')}>
        {t('compliance.note')}
      </p>
    </section>
  );
};
