/**
 * «Закрыть день»: the administrator ends the working day once reception has closed (000, 002: the
 * kiosk stops at closing, the windows serve everyone issued before it). The dialog says who is still in
 * the hall — waiting, stepped away, called, being served — and that all but those being served will
 * be closed as not served («приём окончен»); the engine does it (`day.end`) and the journal keeps who.
 */
import type { StaffView } from '@queue/protocol';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ReasonDialog } from './reason-dialog';
import type { BoardActions } from './use-board-actions';

type HallState = 'waiting' | 'postponed' | 'called' | 'serving';
const STATES: readonly HallState[] = ['waiting', 'postponed', 'called', 'serving'];

/** Who is still in the hall, by state, oldest ticket first. */
export const stillInHall = (view: StaffView): Record<HallState, string[]> => {
  const byState: Record<HallState, string[]> = { waiting: [], postponed: [], called: [], serving: [] };
  for (const ticket of [...view.tickets].sort((a, b) => a.issueSeq - b.issueSeq)) {
    if ((STATES as readonly string[]).includes(ticket.state))
      byState[ticket.state as HallState].push(ticket.number);
  }
  return byState;
};

export const CloseDay = ({ view, actions }: { view: StaffView; actions: BoardActions }) => {
  const { t } = useTranslation('board');
  const [open, setOpen] = useState(false);
  const hall = stillInHall(view);
  const closing = hall.waiting.length + hall.postponed.length + hall.called.length;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} data-action="close-day">
        {t('admin.closeDay.open')}
      </button>
      {/* The button sits in the dark header; the dialog is the page's own, not styled as the header. */}
      {open &&
        createPortal(
          <ReasonDialog
            title={t('admin.closeDay.title')}
            submitLabel={t('admin.closeDay.confirm')}
            reason={null}
            canSubmit={!view.acceptingTickets}
            onClose={() => setOpen(false)}
            onSubmit={async () => (await actions.run({ type: 'day.end' })).error}
            description={
              view.acceptingTickets ? (
                <p className="problem" data-close-day="reception-open">
                  {t('admin.closeDay.receptionOpen')}
                </p>
              ) : closing === 0 ? (
                <p data-close-day="empty">{t('admin.closeDay.nobody')}</p>
              ) : (
                <p data-close-day="closing">{t('admin.closeDay.willClose', { count: closing })}</p>
              )
            }
          >
            <dl className="close-day-hall" data-close-day="summary">
              {STATES.map((state) => (
                <div key={state} data-state={state} data-count={hall[state].length}>
                  <dt>{t(`admin.closeDay.state.${state}`, { count: hall[state].length })}</dt>
                  <dd>{hall[state].length === 0 ? '—' : hall[state].join(', ')}</dd>
                </div>
              ))}
            </dl>
            {hall.serving.length > 0 && <p>{t('admin.closeDay.servingStays')}</p>}
          </ReasonDialog>,
          document.body,
        )}
    </>
  );
};
