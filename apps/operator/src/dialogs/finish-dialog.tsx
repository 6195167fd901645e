import type { FinishResult } from '@queue/engine';
import { useTranslation } from 'react-i18next';
import { Dialog } from './dialog.js';

const RESULTS: FinishResult[] = ['resolved', 'appealRegistered', 'redirected'];

/** F4, then 1, 2 or 3 (or Enter for "resolved"): the result is one key away. */
export const FinishDialog = ({
  number,
  onFinish,
  onClose,
}: {
  number: string;
  onFinish: (result: FinishResult) => void;
  onClose: () => void;
}) => {
  const { t } = useTranslation('operator');
  return (
    <Dialog
      title={t('dialogs.finish.heading', { number })}
      onClose={onClose}
      onDigit={(digit) => {
        const result = RESULTS[digit - 1];
        if (result) onFinish(result);
      }}
      testId="finish-dialog"
    >
      <div className="choice-list">
        {RESULTS.map((result, index) => (
          <button
            key={result}
            type="button"
            className={index === 0 ? 'choice primary' : 'choice'}
            // biome-ignore lint/a11y/noAutofocus: the dialog opens for this choice; Enter takes the usual result
            autoFocus={index === 0}
            aria-keyshortcuts={String(index + 1)}
            onClick={() => onFinish(result)}
          >
            <kbd>{index + 1}</kbd> {t(`dialogs.finish.${result}`)}
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
