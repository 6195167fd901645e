import type { StaffingOverview } from '@queue/staffing';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../charts/nice-scale';

const clock = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/**
 * The plan's busiest hour tomorrow worked through in words, with the figures the formula was given:
 * visitors expected, a window's time per visitor, the load they make, the norm and the share, and the
 * windows that come out. It explains the plan's numbers; it decides nothing.
 */
export const WorkedExample = ({
  overview,
  groupTitle,
}: {
  overview: StaffingOverview;
  groupTitle: (id: string) => string;
}) => {
  const { t, i18n } = useTranslation('staffing');
  const hours = overview.plans[0]?.hours ?? [];
  const busiest = [...hours].sort(
    (a, b) => b.windows - a.windows || b.arrivals - a.arrivals || a.hour - b.hour,
  )[0];
  const basis = busiest && overview.groups.find((g) => g.groupId === busiest.groupId);
  if (!busiest || !basis || busiest.windows === 0) return null;
  const number = (value: number) => formatNumber(value, i18n.language);
  return (
    <section className="worked-example" aria-labelledby="staffing-example-title">
      <h3 id="staffing-example-title">{t('example.title')}</h3>
      <p data-example={busiest.groupId}>
        {t('example.text', {
          from: clock(busiest.hour),
          to: clock(busiest.hour + 1),
          group: groupTitle(busiest.groupId),
          arrivals: number(busiest.arrivals),
          minutes: number(basis.meanMs / 60_000),
          load: number((busiest.arrivals * basis.meanMs) / 3_600_000),
          percent: Math.round(overview.options.confidence * 100),
          norm: number(basis.normMs / 60_000),
          windows: busiest.windows,
        })}
      </p>
    </section>
  );
};
