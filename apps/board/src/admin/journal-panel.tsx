/**
 * «Журнал действий»: today's manual actions by staff from the server's event log (DESIGN §8: every
 * override logged with who and why) — time in the office's zone, who, what and why. The texts come
 * from the server in both languages; the board shows the one it speaks.
 */
import type { JournalEntry } from '@queue/protocol';
import { officeClock } from '@queue/ui';
import { useTranslation } from 'react-i18next';
import { useOfficeJournal } from './use-office-journal';

const Entry = ({ entry, timeZone }: { entry: JournalEntry; timeZone: string }) => {
  const { t, i18n } = useTranslation('board');
  return (
    <li data-seq={entry.seq} data-type={entry.type}>
      <p className="journal-head">
        <time className="journal-time" dateTime={new Date(entry.at).toISOString()}>
          {officeClock(entry.at, timeZone)}
        </time>{' '}
        <span className="journal-who">{entry.staffName}</span>
      </p>
      <p className="journal-what">{i18n.language === 'en' ? entry.text.en : entry.text.ru}</p>
      {entry.reason && <p className="journal-why">{t('admin.journal.because', { reason: entry.reason })}</p>}
    </li>
  );
};

export const JournalPanel = ({ token, seq, timeZone }: { token: string; seq: number; timeZone: string }) => {
  const { t } = useTranslation('board');
  const { journal, refresh } = useOfficeJournal(token, seq);
  const shown =
    journal.state === 'ready' ? journal.journal : journal.state === 'failed' ? journal.previous : null;
  return (
    <section className="panel" aria-labelledby="journal-title" data-testid="journal">
      <h2 id="journal-title">
        {t('admin.journal.title')}
        <button type="button" className="journal-refresh" onClick={refresh}>
          {t('admin.journal.refresh')}
        </button>
      </h2>
      <p className="muted small">{t('admin.journal.note')}</p>
      {journal.state === 'loading' && <p className="muted">{t('admin.journal.loading')}</p>}
      {journal.state === 'failed' && (
        <p className="problem" role="status">
          {t('admin.journal.failed')}
        </p>
      )}
      {shown && shown.entries.length === 0 && <p className="muted">{t('admin.journal.empty')}</p>}
      {shown && shown.entries.length > 0 && (
        // A long day scrolls inside the panel; focusable, so the keyboard can scroll it too.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
        <section className="journal-scroll" tabIndex={0} aria-label={t('admin.journal.list')}>
          <ol className="journal">
            {shown.entries.map((entry) => (
              <Entry key={entry.seq} entry={entry} timeZone={timeZone} />
            ))}
          </ol>
          {shown.truncated && (
            <p className="muted small">{t('admin.journal.truncated', { count: shown.entries.length })}</p>
          )}
        </section>
      )}
    </section>
  );
};
