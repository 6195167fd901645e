import type { ShiftStats } from '@queue/protocol';
import { elapsed, normLevel } from '@queue/ui';
import { useTranslation } from 'react-i18next';

/** The operator's own day: how many served, the average service against the norm, the time paused. */
export const ShiftPanel = ({
  stats,
  normMs,
  now,
}: {
  stats: ShiftStats | undefined;
  normMs: number;
  now: number;
}) => {
  const { t } = useTranslation('operator');
  const served = stats?.served ?? 0;
  const averageMs = served > 0 ? (stats?.serviceMs ?? 0) / served : null;
  const pausedMs =
    (stats?.pausedMs ?? 0) + (stats?.pausedSince != null ? Math.max(0, now - stats.pausedSince) : 0);
  return (
    <section className="shift panel" aria-labelledby="shift-heading" data-testid="shift-panel">
      <h2 id="shift-heading">{t('shift.heading')}</h2>
      <dl className="queue-stats">
        <div>
          <dt>{t('shift.served')}</dt>
          <dd data-testid="shift-served">{served}</dd>
        </div>
        <div>
          <dt>{t('shift.average')}</dt>
          <dd
            className={averageMs !== null ? `level-${normLevel(averageMs, normMs)}` : ''}
            data-testid="shift-average"
          >
            {averageMs !== null ? elapsed(averageMs) : '—'}
            <small>{t('visit.norm', { min: Math.round(normMs / 60_000) })}</small>
          </dd>
        </div>
        <div>
          <dt>{t('shift.paused')}</dt>
          <dd data-testid="shift-paused">{elapsed(pausedMs)}</dd>
        </div>
      </dl>
    </section>
  );
};
