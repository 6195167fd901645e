/**
 * The storage alarm (issue 13): the server could not write the office's data — a full disk, a
 * read-only folder — so commands are refused until it can again, while views and the hall display go
 * on. The banner names each file, why and since when, and goes by itself once the server writes again.
 */
import type { StaffView, StorageFailure } from '@queue/protocol';
import { officeClock } from '@queue/ui';
import { useTranslation } from 'react-i18next';

const REASONS = new Set(['ENOSPC', 'EACCES', 'EPERM', 'EROFS', 'EIO']);

/** The record itself (the log, the office file) failing stops commands; the others do not. */
const blocking = (failure: StorageFailure) => failure.kind === 'events' || failure.kind === 'office';

export const StorageBanner = ({ view }: { view: StaffView }) => {
  const { t } = useTranslation('board');
  const { failing, failedWrites } = view.storage;
  if (failing.length === 0) return null;
  const stopped = failing.some(blocking);
  const tz = view.config.timeZone;
  return (
    <section
      className={`storage-alarm${stopped ? '' : ' secondary'}`}
      role="alert"
      data-testid="storage-alarm"
    >
      <h2>{t(stopped ? 'admin.storage.title' : 'admin.storage.titleSecondary')}</h2>
      <p>{t(stopped ? 'admin.storage.lead' : 'admin.storage.leadSecondary')}</p>
      <ul>
        {failing.map((failure) => (
          <li key={failure.file} data-file={failure.file} data-code={failure.code}>
            {t('admin.storage.failure', {
              file: `${t(`admin.storage.file.${failure.kind}`)} (${failure.file})`,
              reason: REASONS.has(failure.code)
                ? t(`admin.storage.reason.${failure.code}`)
                : t('admin.storage.reason.other', { code: failure.code }),
              time: officeClock(failure.since, tz),
            })}
          </li>
        ))}
      </ul>
      <p className="storage-alarm-hint">{t('admin.storage.hint')}</p>
      <p>{t('admin.storage.failedWrites', { count: failedWrites })}</p>
    </section>
  );
};
