import { elapsed, normLevel } from '@queue/ui';
import { useTranslation } from 'react-i18next';

/**
 * A running time against its norm. The colour changes well before the norm (at 80 %) and again at it,
 * and the words say the same, so the state never depends on seeing colour alone.
 */
export const NormTimer = ({
  label,
  ms,
  normMs,
  size = 'normal',
  testId,
}: {
  label: string;
  ms: number;
  normMs: number;
  size?: 'normal' | 'large';
  testId?: string;
}) => {
  const { t } = useTranslation('operator');
  const level = normLevel(ms, normMs);
  const share = Math.min(100, Math.round((ms / normMs) * 100));
  return (
    <div className={`norm-timer ${size} level-${level}`} data-level={level} data-testid={testId}>
      <span className="norm-timer-label">{label}</span>
      <span className="norm-timer-value">{elapsed(ms)}</span>
      <span className="norm-timer-norm">
        {t('visit.norm', { min: Math.round(normMs / 60_000) })} · {t(`visit.level.${level}`)}
      </span>
      <span className="norm-bar" aria-hidden="true">
        <span style={{ width: `${share}%` }} />
      </span>
    </div>
  );
};
