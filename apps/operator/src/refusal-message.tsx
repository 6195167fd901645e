import type { WireError } from '@queue/protocol';
import { refusalText } from '@queue/ui';
import { useTranslation } from 'react-i18next';

/**
 * Why the server said no, in its own plain words (`error.message`, Russian or English): the operator
 * must never be left guessing whether an action happened (issue: the console).
 */
export const RefusalMessage = ({
  refusal,
  onDismiss,
}: {
  refusal: WireError | null;
  onDismiss: () => void;
}) => {
  const { t, i18n } = useTranslation('operator');
  if (!refusal) return null;
  const text = refusalText({ ...refusal, text: refusal.message }, i18n);
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
