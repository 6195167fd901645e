import type { WaitBin } from '@queue/reports-engine';
import { useTranslation } from 'react-i18next';
import { niceScale } from './nice-scale';

const W = 720;
const H = 260;
const PAD = { left: 52, right: 16, top: 16, bottom: 44 };

/** How waits spread in 5-minute bins; bins past the wait norm are drawn in the warning colour. */
export const WaitHistogram = ({ bins, waitNormMin }: { bins: WaitBin[]; waitNormMin: number }) => {
  const { t } = useTranslation('reports');
  const total = bins.reduce((n, b) => n + b.count, 0);
  if (total === 0) return <p className="muted">{t('charts.noData')}</p>;
  const scale = niceScale(Math.max(...bins.map((b) => b.count)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / bins.length;
  const y = (v: number) => PAD.top + plotH - (v / scale.top) * plotH;
  const binLabel = (b: WaitBin) => (b.toMin === null ? `${b.fromMin}+` : `${b.fromMin}–${b.toMin}`);
  const summary = bins.map((b) => `${binLabel(b)}: ${b.count}`).join('; ');
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${t('charts.distribution')}: ${summary}`}>
        {scale.ticks.map((v) => (
          <g key={v}>
            <line className="grid" x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text className="tick" x={PAD.left - 8} y={y(v) + 5} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        {bins.map((b, i) => (
          <g key={b.fromMin}>
            <rect
              className={b.fromMin >= waitNormMin ? 'bar over' : 'bar'}
              x={PAD.left + slot * i + slot * 0.08}
              width={slot * 0.84}
              y={y(b.count)}
              height={Math.max(0, PAD.top + plotH - y(b.count))}
            />
            <text
              className="tick"
              x={PAD.left + slot * (i + 0.5)}
              y={H - PAD.bottom + 18}
              textAnchor="middle"
            >
              {binLabel(b)}
            </text>
          </g>
        ))}
        <text className="axis-title" x={PAD.left} y={H - 6}>
          {t('charts.minutesAxis')}
        </text>
      </svg>
      <figcaption className="legend">
        <span className="key bar-key" /> {t('charts.withinNormBins')} <span className="key over-key" />{' '}
        {t('charts.overNormBins', { norm: waitNormMin })}
      </figcaption>
    </figure>
  );
};
