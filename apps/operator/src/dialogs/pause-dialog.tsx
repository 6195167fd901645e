import { useTranslation } from 'react-i18next';
import { PAUSE_REASONS } from '../operator-texts.js';
import { Dialog } from './dialog.js';

/** F9, then 1–4: a pause always has its reason on record (the administrator board shows it). */
export const PauseDialog = ({
  onPause,
  onClose,
}: {
  onPause: (reason: string) => void;
  onClose: () => void;
}) => {
  const { t } = useTranslation('operator');
  return (
    <Dialog
      title={t('dialogs.pause.heading')}
      onClose={onClose}
      onDigit={(digit) => {
        const reason = PAUSE_REASONS[digit - 1];
        if (reason) onPause(reason.record);
      }}
      testId="pause-dialog"
    >
      <div className="choice-list">
        {PAUSE_REASONS.map((reason, index) => (
          <button
            key={reason.key}
            type="button"
            className="choice"
            // biome-ignore lint/a11y/noAutofocus: the dialog opens for this choice
            autoFocus={index === 0}
            aria-keyshortcuts={String(index + 1)}
            onClick={() => onPause(reason.record)}
          >
            <kbd>{index + 1}</kbd> {t(`dialogs.pause.${reason.key}`)}
          </button>
        ))}
      </div>
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          <kbd>Esc</kbd> {t('dialogs.cancel')}
        </button>
      </div>
    </Dialog>
  );
};
