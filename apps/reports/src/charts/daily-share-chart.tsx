import type { DayPoint } from '@queue/reports-engine';
import { useTranslation } from 'react-i18next';

const W = 720;
const H = 260;
const PAD = { left: 52, right: 16, top: 16, bottom: 44 };

/**
 * The share of waits and of services within their norms, day by day (0–100 %). A day without visitors
 * has no bar rather than a zero one, so a Sunday does not look like a failed day.
 */
export const DailyShareChart = ({ days }: { days: DayPoint[] }) => {
  const { t } = useTranslation('reports');
  if (days.every((d) => d.wait.share === null && d.service.share === null)) {
    return <p className="muted">{t('charts.noData')}</p>;
  }
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / days.length;
  const y = (share: number) => PAD.top + plotH - share * plotH;
  const labelEvery = Math.ceil(days.length / 16);
  const summary = days
    .filter((d) => d.wait.share !== null)
    .map((d) =>
      t('charts.dailyPoint', {
        day: `${d.day.slice(8, 10)}.${d.day.slice(5, 7)}`,
        wait: Math.round((d.wait.share ?? 0) * 100),
        service: d.service.share === null ? '—' : Math.round(d.service.share * 100),
      }),
    )
    .join('; ');
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${t('charts.daily')}: ${summary}`}>
        {[0, 0.25, 0.5, 0.75, 1].map((s) => (
          <g key={s}>
            <line className="grid" x1={PAD.left} x2={W - PAD.right} y1={y(s)} y2={y(s)} />
            <text className="tick" x={PAD.left - 8} y={y(s) + 5} textAnchor="end">
              {Math.round(s * 100)}
            </text>
          </g>
        ))}
        {days.map((d, i) => {
          const x0 = PAD.left + slot * i;
          const bar = slot * 0.38;
          return (
            <g key={d.day}>
              {d.wait.share !== null && (
                <rect
                  className="bar"
                  x={x0 + slot * 0.1}
                  width={bar}
                  y={y(d.wait.share)}
                  height={plotH * d.wait.share}
                />
              )}
              {d.service.share !== null && (
                <rect
                  className="bar second"
                  x={x0 + slot * 0.1 + bar}
                  width={bar}
                  y={y(d.service.share)}
                  height={plotH * d.service.share}
                />
              )}
              {i % labelEvery === 0 && (
                <text className="tick" x={x0 + slot / 2} y={H - PAD.bottom + 18} textAnchor="middle">
                  {`${d.day.slice(8, 10)}.${d.day.slice(5, 7)}`}
                </text>
              )}
            </g>
          );
        })}
        <text className="axis-title" x={PAD.left} y={H - 6}>
          {t('charts.percentAxis')}
        </text>
      </svg>
      <figcaption className="legend">
        <span className="key bar-key" /> {t('charts.waitWithin')} <span className="key second-key" />{' '}
        {t('charts.serviceWithin')}
      </figcaption>
    </figure>
  );
};
