import type { WireError } from '@queue/protocol';
import { refusalText } from '@queue/ui';
import { useTranslation } from 'react-i18next';

/**
 * Why the server said no, in plain words (the UIs' own for the codes worded there, else the server's
 * `error.message`): the operator must never be left guessing whether an action happened. `timeZone`
 * reads the instants a refusal names (`…At`) as office-local times.
 */
export const RefusalMessage = ({
  refusal,
  onDismiss,
  timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone,
}: {
  refusal: WireError | null;
  onDismiss: () => void;
  timeZone?: string;
}) => {
  const { t, i18n } = useTranslation('operator');
  if (!refusal) return null;
  const text = refusalText({ ...refusal, text: refusal.message }, i18n, timeZone);
  return (
    <div className="refusal" role="alert" data-testid="refusal" data-code={refusal.code}>
      <div>
        <strong>{t('refusal.heading')}.</strong> <span data-testid="refusal-text">{text}</span>
      </div>
      <button type="button" onClick={onDismiss}>
        {t('refusal.dismiss')}
      </button>
    </div>
  );
};
