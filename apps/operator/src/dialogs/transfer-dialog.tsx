import { type Ticket, currentServiceId } from '@queue/engine';
import type { StaffView, WireError } from '@queue/protocol';
import { type FormEvent, useId, useState } from 'react';
import { topicTitle } from '@queue/ui';
import { useTranslation } from 'react-i18next';
import { windowLabel } from '../console-model.js';
import { RefusalMessage } from '../refusal-message.js';
import { Dialog } from './dialog.js';
import { ReasonField } from './reason-field.js';

export interface TransferTarget {
  toServiceId: string | null;
  toWindowId: string | null;
  reason: string;
}

const QUICK = ['competence', 'cashier', 'organisation'] as const;

/**
 * Out of competence → the right specialist, saying why (000, 002, 001 §5.5.1.11–12). The reason is
 * required by the engine and kept in the log; the visitor keeps their place where the office says so.
 */
export const TransferDialog = ({
  view,
  ticket,
  fromWindowId,
  refusal,
  onDismissRefusal,
  onTransfer,
  onClose,
}: {
  view: StaffView;
  ticket: Ticket;
  fromWindowId: string;
  refusal: WireError | null;
  onDismissRefusal: () => void;
  onTransfer: (target: TransferTarget) => void;
  onClose: () => void;
}) => {
  const { t, i18n } = useTranslation('operator');
  const ids = { service: useId(), window: useId() };
  const [mode, setMode] = useState<'service' | 'window'>('service');
  const current = currentServiceId(ticket);
  const services = view.config.services.filter((s) => s.enabled && s.id !== current);
  const windows = view.config.windows.filter((w) => w.id !== fromWindowId);
  const statusOf = (id: string) => view.windows.find((w) => w.id === id)?.status ?? 'closed';
  // Only a target someone will serve is offered (the engine refuses the rest, 003 §8.3): a closed
  // window, or a topic no working window takes, is shown but cannot be chosen.
  const served = (serviceId: string) =>
    view.windows.some(
      (w) => w.status !== 'closed' && w.services.some((s) => s.serviceId === serviceId && s.weight > 0),
    );
  const [serviceId, setServiceId] = useState(services.find((s) => served(s.id))?.id ?? '');
  const [windowId, setWindowId] = useState(windows.find((w) => statusOf(w.id) !== 'closed')?.id ?? '');
  const [reason, setReason] = useState('');
  const target = mode === 'service' ? serviceId : windowId;
  const ready = target !== '' && reason.trim() !== '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    onTransfer({
      toServiceId: mode === 'service' ? serviceId : null,
      toWindowId: mode === 'window' ? windowId : null,
      reason: reason.trim(),
    });
  };
  return (
    <Dialog
      title={t('dialogs.transfer.heading', { number: ticket.number })}
      onClose={onClose}
      testId="transfer-dialog"
    >
      <form onSubmit={submit} className="dialog-form">
        <fieldset className="segmented">
          <legend className="visually-hidden">
            {t('dialogs.transfer.heading', { number: ticket.number })}
          </legend>
          {(['service', 'window'] as const).map((m) => (
            <label key={m} className={mode === m ? 'segment selected' : 'segment'}>
              <input type="radio" name="transfer-mode" checked={mode === m} onChange={() => setMode(m)} />
              {t(m === 'service' ? 'dialogs.transfer.toService' : 'dialogs.transfer.toWindow')}
            </label>
          ))}
        </fieldset>
        {mode === 'service' ? (
          <div className="field">
            <label htmlFor={ids.service}>{t('dialogs.transfer.service')}</label>
            <select
              id={ids.service}
              value={serviceId}
              onChange={(e) => setServiceId(e.target.value)}
              data-testid="transfer-service"
            >
              {services.map((s) => (
                <option key={s.id} value={s.id} disabled={!served(s.id)}>
                  {s.letter} — {topicTitle(s, i18n.language)}
                  {served(s.id) ? '' : ` (${t('dialogs.transfer.unserved')})`}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <div className="field">
            <label htmlFor={ids.window}>{t('dialogs.transfer.window')}</label>
            <select
              id={ids.window}
              value={windowId}
              onChange={(e) => setWindowId(e.target.value)}
              data-testid="transfer-window"
            >
              {windows.map((w) => (
                <option key={w.id} value={w.id} disabled={statusOf(w.id) === 'closed'}>
                  {windowLabel(view, w.id)} —{' '}
                  {statusOf(w.id) === 'closed'
                    ? t('dialogs.transfer.closedWindow')
                    : t(`choose.status.${statusOf(w.id)}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        {target === '' && (
          <p className="hint" data-testid="transfer-no-target">
            {t('dialogs.transfer.noTarget')}
          </p>
        )}
        <ReasonField
          dialog="transfer"
          quick={QUICK}
          value={reason}
          onChange={setReason}
          testId="transfer-reason"
        >
          <p className="hint">
            {t('dialogs.transfer.reasonHint')}
            {view.config.profile.keepOrderOnTransfer ? ` ${t('dialogs.transfer.keepsPlace')}` : ''}
          </p>
        </ReasonField>
        <RefusalMessage refusal={refusal} onDismiss={onDismissRefusal} timeZone={view.config.timeZone} />
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            <kbd>Esc</kbd> {t('dialogs.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!ready} data-testid="transfer-submit">
            <kbd>Enter</kbd> {t('dialogs.transfer.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
};
