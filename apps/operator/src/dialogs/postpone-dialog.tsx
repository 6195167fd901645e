import type { WireError } from '@queue/protocol';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RefusalMessage } from '../refusal-message.js';
import { Dialog } from './dialog.js';

const CHOICES = [5, 10, 15, 30];

/** The visitor steps away for a document and comes back ahead of newer tickets at the time set here. */
export const PostponeDialog = ({
  number,
  refusal,
  onDismissRefusal,
  onPostpone,
  onClose,
}: {
  number: string;
  refusal: WireError | null;
  onDismissRefusal: () => void;
  onPostpone: (minutes: number) => void;
  onClose: () => void;
}) => {
  const { t } = useTranslation('operator');
  const inputId = useId();
  const [minutes, setMinutes] = useState(10);
  const valid = Number.isInteger(minutes) && minutes >= 1 && minutes <= 240;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) onPostpone(minutes);
  };
  return (
    <Dialog
      title={t('dialogs.postpone.heading', { number })}
      onClose={onClose}
      onDigit={(digit) => {
        const choice = CHOICES[digit - 1];
        if (choice) onPostpone(choice);
      }}
      testId="postpone-dialog"
    >
      <form onSubmit={submit} className="dialog-form">
        <p>{t('dialogs.postpone.text')}</p>
        <div className="choice-row">
          {CHOICES.map((choice, index) => (
            <button
              key={choice}
              type="button"
              className={choice === minutes ? 'choice selected' : 'choice'}
              aria-keyshortcuts={String(index + 1)}
              onClick={() => onPostpone(choice)}
            >
              <kbd>{index + 1}</kbd> {t('minutesShort', { count: choice })}
            </button>
          ))}
        </div>
        <div className="field">
          <label htmlFor={inputId}>{t('dialogs.postpone.minutes')}</label>
          <input
            id={inputId}
            type="number"
            min={1}
            max={240}
            value={Number.isNaN(minutes) ? '' : minutes}
            onChange={(e) => setMinutes(e.target.valueAsNumber)}
          />
        </div>
        <RefusalMessage refusal={refusal} onDismiss={onDismissRefusal} />
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            <kbd>Esc</kbd> {t('dialogs.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!valid}>
            <kbd>Enter</kbd> {t('dialogs.postpone.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
};
