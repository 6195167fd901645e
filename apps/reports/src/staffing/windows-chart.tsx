import type { HourPlan } from '@queue/staffing';
import { useTranslation } from 'react-i18next';
import { formatNumber, niceScale } from '../charts/nice-scale';

const W = 720;
const H = 260;
const PAD = { left: 44, right: 16, top: 16, bottom: 44 };

/**
 * One service group's day: the windows the plan needs each hour (bars; red where more are needed than
 * are usually open) and the windows usually open then (a dot and a dash). The numbers are in the table
 * below and in the chart's text alternative; the colour only draws the eye.
 */
export const WindowsChart = ({ title, hours }: { title: string; hours: HourPlan[] }) => {
  const { t, i18n } = useTranslation('staffing');
  // The plan lists the hours anyone came in; an hour between them keeps its place on the axis, empty
  // (nobody is expected, and the plan says nothing of it), so the axis reads as time.
  const first = Math.min(...hours.map((h) => h.hour));
  const last = Math.max(...hours.map((h) => h.hour));
  const slots = Array.from({ length: last - first + 1 }, (_, i) => ({
    hour: first + i,
    plan: hours.find((h) => h.hour === first + i) ?? null,
  }));
  const scale = niceScale(Math.max(1, ...hours.map((h) => Math.max(h.windows, h.staffed))), 4);
  const ticks = scale.ticks.filter((v) => Number.isInteger(v));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, slots.length);
  const x = (i: number) => PAD.left + slot * i + slot / 2;
  const y = (v: number) => PAD.top + plotH - (v / scale.top) * plotH;
  // «Usually open» is a mean over the basis days: 2.6 windows reads as three.
  const short = (h: HourPlan) => h.windows > Math.round(h.staffed);
  const summary = hours
    .map((h) =>
      t('chart.point', {
        hour: String(h.hour).padStart(2, '0'),
        needed: h.windows,
        usual: formatNumber(h.staffed, i18n.language),
      }),
    )
    .join('; ');
  return (
    <figure className="chart" data-chart={title}>
      <figcaption className="chart-title">{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}: ${summary}`}>
        {ticks.map((v) => (
          <g key={v}>
            <line className="grid" x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text className="tick" x={PAD.left - 8} y={y(v) + 5} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        {slots.map(({ hour, plan: h }, i) => (
          <g key={hour}>
            {h && (
              <>
                <rect
                  className={short(h) ? 'bar over' : 'bar'}
                  x={x(i) - slot * 0.32}
                  width={slot * 0.64}
                  y={y(h.windows)}
                  height={Math.max(0, PAD.top + plotH - y(h.windows))}
                />
                <line
                  className="usual"
                  x1={x(i) - slot * 0.42}
                  x2={x(i) + slot * 0.42}
                  y1={y(h.staffed)}
                  y2={y(h.staffed)}
                />
              </>
            )}
            <text className="tick" x={x(i)} y={H - PAD.bottom + 18} textAnchor="middle">
              {String(hour).padStart(2, '0')}
            </text>
          </g>
        ))}
        <text className="axis-title" x={PAD.left} y={H - 6}>
          {t('chart.hourAxis')}
        </text>
      </svg>
      <p className="legend">
        <span className="key bar-key" /> {t('chart.needed')} <span className="key over-key" />{' '}
        {t('chart.short')} <span className="key usual-key" /> {t('chart.usual')}
      </p>
    </figure>
  );
};
