import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingNoShow } from './use-pending-no-show.js';

/** The few seconds in which «Не подошёл» can be taken back: what will happen, when, and the way back. */
export const NoShowUndoBar = ({ pending, onUndo }: { pending: PendingNoShow | null; onUndo: () => void }) => {
  const { t } = useTranslation('operator');
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!pending) return;
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [pending]);
  if (!pending) return null;
  const seconds = Math.max(0, Math.ceil((pending.sendsAt - now) / 1000));
  return (
    <div className="undo-bar" role="status" data-testid="no-show-undo" data-ticket={pending.number}>
      <span className="undo-text">{t('noShowUndo.text', { number: pending.number, count: seconds })}</span>
      <button type="button" className="primary" onClick={onUndo} aria-keyshortcuts="Escape">
        <kbd>Esc</kbd> {t('noShowUndo.undo')}
      </button>
    </div>
  );
};
