import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The reason an operator gives for a decision that goes to the log with their name (a call out of
 * order, a transfer): a free text and the frequent reasons as one-tap chips, from the dialog's texts
 * (`dialogs.<dialog>.reason` and `dialogs.<dialog>.quick.<key>`).
 */
export const ReasonField = ({
  dialog,
  quick,
  value,
  onChange,
  testId,
  children,
}: {
  dialog: 'callTicket' | 'transfer';
  quick: readonly string[];
  value: string;
  onChange: (reason: string) => void;
  testId: string;
  /** A hint under the field. */
  children?: ReactNode;
}) => {
  const { t } = useTranslation('operator');
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t(`dialogs.${dialog}.reason`)}</label>
      <input
        id={id}
        value={value}
        maxLength={500}
        onChange={(e) => onChange(e.target.value)}
        data-testid={testId}
      />
      <div className="quick-reasons">
        {quick.map((key) => (
          <button
            key={key}
            type="button"
            className="chip"
            onClick={() => onChange(t(`dialogs.${dialog}.quick.${key}`))}
          >
            {t(`dialogs.${dialog}.quick.${key}`)}
          </button>
        ))}
      </div>
      {children}
    </div>
  );
};
