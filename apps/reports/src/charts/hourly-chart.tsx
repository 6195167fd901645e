import type { HourPoint } from '@queue/reports-engine';
import { useTranslation } from 'react-i18next';
import { formatNumber, niceScale } from './nice-scale';

const W = 720;
const H = 280;
const PAD = { left: 52, right: 56, top: 20, bottom: 44 };

/**
 * Visitors (bars, left axis) and the average wait (line, right axis) by hour of the day, with the wait
 * norm as a dashed line: when the line crosses the norm, the hour needs another window.
 */
export const HourlyChart = ({ points, waitNormMin }: { points: HourPoint[]; waitNormMin: number }) => {
  const { t, i18n } = useTranslation('reports');
  if (points.length === 0) return <p className="muted">{t('charts.noData')}</p>;
  const visitors = niceScale(Math.max(...points.map((p) => p.visitors)));
  const waitMax = Math.max(waitNormMin, ...points.map((p) => (p.avgWaitMs ?? 0) / 60_000));
  const wait = niceScale(waitMax);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / points.length;
  const x = (i: number) => PAD.left + slot * i + slot / 2;
  const yV = (v: number) => PAD.top + plotH - (v / visitors.top) * plotH;
  const yW = (m: number) => PAD.top + plotH - (m / wait.top) * plotH;
  const line = points
    .map((p, i) => (p.avgWaitMs === null ? null : `${x(i)},${yW(p.avgWaitMs / 60_000)}`))
    .filter((p) => p !== null)
    .join(' ');
  const summary = points
    .map((p) =>
      t('charts.hourlyPoint', {
        hour: p.hour,
        visitors: p.visitors,
        wait: p.avgWaitMs === null ? '—' : formatNumber(p.avgWaitMs / 60_000, i18n.language),
      }),
    )
    .join('; ');
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${t('charts.hourly')}: ${summary}`}>
        {visitors.ticks.map((v) => (
          <g key={`v${v}`}>
            <line className="grid" x1={PAD.left} x2={W - PAD.right} y1={yV(v)} y2={yV(v)} />
            <text className="tick" x={PAD.left - 8} y={yV(v) + 5} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        {wait.ticks.map((m) => (
          <text key={`w${m}`} className="tick wait" x={W - PAD.right + 8} y={yW(m) + 5}>
            {formatNumber(m, i18n.language)}
          </text>
        ))}
        {points.map((p, i) => (
          <g key={p.hour}>
            <rect
              className="bar"
              x={x(i) - slot * 0.35}
              width={slot * 0.7}
              y={yV(p.visitors)}
              height={Math.max(0, PAD.top + plotH - yV(p.visitors))}
            />
            <text className="tick" x={x(i)} y={H - PAD.bottom + 18} textAnchor="middle">
              {String(p.hour).padStart(2, '0')}
            </text>
          </g>
        ))}
        <line className="norm" x1={PAD.left} x2={W - PAD.right} y1={yW(waitNormMin)} y2={yW(waitNormMin)} />
        <polyline className="wait-line" points={line} />
        {points.map((p, i) =>
          p.avgWaitMs === null ? null : (
            <circle key={`c${p.hour}`} className="wait-dot" cx={x(i)} cy={yW(p.avgWaitMs / 60_000)} r={5} />
          ),
        )}
        <text className="axis-title" x={PAD.left} y={H - 6}>
          {t('charts.hourAxis')}
        </text>
      </svg>
      <figcaption className="legend">
        <span className="key bar-key" /> {t('charts.visitors')} <span className="key line-key" />{' '}
        {t('charts.avgWait')} <span className="key norm-key" /> {t('charts.waitNorm', { norm: waitNormMin })}
      </figcaption>
    </figure>
  );
};
