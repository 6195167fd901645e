/** «Журнал действий»: the latest manual actions taken at this board, with who, why and the outcome. */
import { officeClock } from '@queue/ui';
import { useTranslation } from 'react-i18next';
import type { JournalEntry } from './action-journal';

const SHOWN = 12;

export const JournalPanel = ({ journal, timeZone }: { journal: JournalEntry[]; timeZone: string }) => {
  const { t } = useTranslation('board');
  return (
    <section className="panel" aria-labelledby="journal-title" data-testid="journal">
      <h2 id="journal-title">{t('admin.journal.title')}</h2>
      <p className="muted small">{t('admin.journal.note')}</p>
      {journal.length === 0 ? (
        <p className="muted">{t('admin.journal.empty')}</p>
      ) : (
        <ol className="journal">
          {journal.slice(0, SHOWN).map((entry) => (
            <li
              key={`${entry.at}-${entry.action}-${entry.target}`}
              className={entry.ok ? '' : 'journal-refused'}
            >
              <span className="journal-time">{officeClock(entry.at, timeZone)}</span>{' '}
              <strong>{entry.action}</strong>: {entry.target}
              {entry.reason && <span> — {t('admin.journal.because', { reason: entry.reason })}</span>}
              <span className="muted"> · {entry.actor}</span>
              {!entry.ok && <span className="problem"> · {entry.message ?? t('admin.journal.refused')}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
};
