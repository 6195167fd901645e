import type { ReplicationStatus } from '@queue/protocol';
import { officeClock } from '@queue/ui';
import { useTranslation } from 'react-i18next';

/**
 * The office's link to the head office, in the board's header: whether the centre holds everything,
 * and how many events wait to be sent while it does not (the office keeps working either way).
 * Nothing is shown where the office replicates to no head office.
 */
export const ReplicationStatusLine = ({
  status,
  timeZone,
}: {
  status: ReplicationStatus | null;
  timeZone: string;
}) => {
  const { t } = useTranslation('board');
  if (!status) return null;
  const state =
    status.state === 'offline'
      ? status.offlineSince === null
        ? t('admin.replication.offlineNever')
        : t('admin.replication.offline', { since: officeClock(status.offlineSince, timeZone) })
      : t(`admin.replication.${status.state}`);
  const trouble = status.state === 'offline' || status.state === 'diverged' || status.state === 'refused';
  return (
    <p
      className={`admin-replication${trouble ? ' trouble' : ''}`}
      data-replication={status.state}
      title={
        status.replicatedSeq === null
          ? undefined
          : t('admin.replication.detail', { seq: status.replicatedSeq })
      }
    >
      <span>{t('admin.replication.label')}:</span> {state}
      {status.backlog !== null && status.backlog > 0 && (
        <span data-backlog={status.backlog}>
          {' '}
          · {t('admin.replication.backlog', { count: status.backlog })}
        </span>
      )}
    </p>
  );
};
