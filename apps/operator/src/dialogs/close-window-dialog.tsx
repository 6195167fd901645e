import { useTranslation } from 'react-i18next';
import { Dialog } from './dialog.js';

/**
 * ⇧F9 with people waiting: closing is rare and its cost falls on others, so the operator is asked once,
 * with the cost named — how many wait and who will serve them now (issue 19). An undo would not do: the
 * closure reaches the hall and the administrator at once.
 */
export const CloseWindowDialog = ({
  waiting,
  otherWindows,
  onConfirm,
  onClose,
}: {
  waiting: number;
  /** Labels of the other open windows that serve some of these visitors. */
  otherWindows: string[];
  onConfirm: () => void;
  onClose: () => void;
}) => {
  const { t } = useTranslation('operator');
  return (
    <Dialog title={t('dialogs.close.heading')} onClose={onClose} testId="close-dialog">
      <p className="dialog-consequence" data-testid="close-consequence">
        {t('dialogs.close.waiting', { count: waiting })}{' '}
        {otherWindows.length > 0
          ? t('dialogs.close.others', { windows: otherWindows.join(', ') })
          : t('dialogs.close.noOthers')}
      </p>
      <div className="dialog-buttons">
        <button
          type="button"
          className="primary"
          // biome-ignore lint/a11y/noAutofocus: the safe choice has the focus, so Enter keeps the window open
          autoFocus
          onClick={onClose}
        >
          <kbd>Esc</kbd> {t('dialogs.close.keep')}
        </button>
        <button type="button" className="danger" onClick={onConfirm} data-testid="close-confirm">
          {t('dialogs.close.confirm')}
        </button>
      </div>
    </Dialog>
  );
};
