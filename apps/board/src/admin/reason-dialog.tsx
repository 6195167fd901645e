/**
 * The dialog of every board action: what will happen, the fields it needs, and the reason where the
 * engine requires one (001 §7.2.4: every manual override is logged with who and why). The server's
 * refusal, if any, is shown in the dialog, which stays open so the administrator can correct it.
 */
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../modal-dialog';

export interface ReasonDialogProps {
  title: string;
  submitLabel: string;
  /** Null: the action takes no reason (the engine keeps none), the dialog only confirms. */
  reason: { label: string; suggestions: string[] } | null;
  description?: ReactNode;
  children?: ReactNode;
  canSubmit?: boolean;
  /** Resolves with the error text to show, or null when done (the dialog then closes). */
  onSubmit(reason: string): Promise<string | null>;
  onClose(): void;
}

export const ReasonDialog = ({
  title,
  submitLabel,
  reason,
  description,
  children,
  canSubmit = true,
  onSubmit,
  onClose,
}: ReasonDialogProps) => {
  const { t } = useTranslation('board');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reasonId = useId();
  const missingReason = reason !== null && text.trim() === '';

  return (
    <ModalDialog title={title} onClose={onClose}>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if (missingReason || !canSubmit || busy) return;
          setBusy(true);
          const failure = await onSubmit(text.trim());
          setBusy(false);
          if (failure === null) onClose();
          else setError(failure);
        }}
      >
        {description && <div className="modal-description">{description}</div>}
        {children}
        {reason && (
          <>
            <label htmlFor={reasonId}>{reason.label}</label>
            <textarea
              id={reasonId}
              name="reason"
              rows={2}
              maxLength={500}
              required
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
            {reason.suggestions.length > 0 && (
              <fieldset className="reason-suggestions">
                <legend className="visually-hidden">{t('admin.dialog.suggestions')}</legend>
                {reason.suggestions.map((suggestion) => (
                  <button key={suggestion} type="button" className="chip" onClick={() => setText(suggestion)}>
                    {suggestion}
                  </button>
                ))}
              </fieldset>
            )}
          </>
        )}
        {error && (
          <p className="problem" role="alert">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="submit" className="primary" disabled={missingReason || !canSubmit || busy}>
            {submitLabel}
          </button>
          <button type="button" onClick={onClose}>
            {t('admin.dialog.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
};
