import { type WindowState, noShowAfterMs, noShowAllowedAt } from '@queue/engine';
import type { CommandInput, StaffView } from '@queue/protocol';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ConsoleAction, ActionBar } from './action-bar.js';
import { currentTicket, otherWindowsFor, windowQueue, windowServiceNormMs } from './console-model.js';
import { CurrentVisit } from './current-visit.js';
import { CallTicketDialog } from './dialogs/call-ticket-dialog.js';
import { CloseWindowDialog } from './dialogs/close-window-dialog.js';
import { FinishDialog } from './dialogs/finish-dialog.js';
import { PauseDialog } from './dialogs/pause-dialog.js';
import { PostponeDialog } from './dialogs/postpone-dialog.js';
import { TransferDialog } from './dialogs/transfer-dialog.js';
import { QueuePanel } from './queue-panel.js';
import { RefusalMessage } from './refusal-message.js';
import { NoShowUndoBar } from './no-show-undo-bar.js';
import { ShiftPanel } from './shift-panel.js';
import type { CommandRunner } from './use-command.js';
import { useNoShowUndo } from './use-pending-no-show.js';
import { ariaKeys, keyLabel, useShortcuts } from './use-shortcuts.js';

type OpenDialog =
  | { kind: 'finish' }
  | { kind: 'pause' }
  | { kind: 'transfer' }
  | { kind: 'postpone' }
  | { kind: 'callTicket'; ticketId: string | null }
  | { kind: 'close' }
  | null;

const MANAGER_KEY = { key: 'F10' } as const;

/** The console of an open (or paused) window: the visitor, the actions, the queue, the shift. */
export const WindowConsole = ({
  view,
  window,
  staffId,
  fullName,
  now,
  online,
  runner,
}: {
  view: StaffView;
  window: WindowState;
  staffId: string;
  fullName: string;
  now: number;
  /** Offline, nothing can be done: the buttons say so at once instead of failing one by one. */
  online: boolean;
  runner: CommandRunner;
}) => {
  const { t } = useTranslation('operator');
  const [chosen, setChosen] = useState<{ dialog: OpenDialog; forTicket: string | null }>({
    dialog: null,
    forTicket: null,
  });
  const [managerSent, setManagerSent] = useState(false);
  const windowId = window.id;
  const ticket = currentTicket(view, window);
  const queue = windowQueue(view, window, now);
  const open = window.status === 'open';
  const paused = window.status === 'paused';
  const idle = open && !ticket;
  const called = ticket?.state === 'called';
  const serving = ticket?.state === 'serving';
  // A dialog about a visitor belongs to that visitor: it closes by itself when they are gone (finished
  // from elsewhere) and never reappears for the next one.
  const dialog = chosen.forTicket === (ticket?.id ?? null) ? chosen.dialog : null;
  const managerCalled = view.alarms.some((a) => a.key === `manager:${windowId}`);

  const noShowUndo = useNoShowUndo(runner, windowId, ticket?.id ?? null);
  const undoing = noShowUndo.pending !== null;
  // 60 s (the office's setting) after the call before «Не подошёл»: the engine refuses earlier, and the
  // button counts down so the operator knows when.
  const noShowAt = ticket && called ? noShowAllowedAt(view.config, ticket) : null;
  // Never more than the setting itself, whatever the small drift between this clock and the server's.
  const noShowInSec =
    noShowAt === null
      ? 0
      : Math.min(noShowAfterMs(view.config) / 1000, Math.max(0, Math.ceil((noShowAt - now) / 1000)));

  const send = (command: CommandInput) => {
    // Any other step with the visitor means they came after all: the held «Не подошёл» is dropped.
    noShowUndo.undo();
    void runner.run(command);
  };
  const closeDialog = () => setChosen({ dialog: null, forTicket: null });
  /** Dialogs with a form stay open on a refusal and show it there; the others close. */
  const sendFromDialog = async (command: CommandInput, keepOnRefusal: boolean) => {
    const response = await runner.run(command);
    if (response?.ok || !keepOnRefusal) closeDialog();
  };
  const show = (next: OpenDialog) => {
    noShowUndo.undo();
    runner.dismiss();
    setChosen({ dialog: next, forTicket: ticket?.id ?? null });
  };

  const possible: ConsoleAction[] = [
    {
      id: 'callNext',
      key: 'F1',
      primary: idle || undoing,
      // While «Не подошёл» can still be taken back, F1 confirms it and calls the next visitor at once.
      enabled: idle || undoing,
      run: () =>
        undoing
          ? void noShowUndo.commit().then((response) => {
              if (response?.ok) void runner.run({ type: 'ticket.callNext', windowId });
            })
          : send({ type: 'ticket.callNext', windowId }),
    },
    {
      id: 'callTicket',
      key: 'F1',
      shift: true,
      enabled: idle && queue.rows.length > 0,
      run: () => show({ kind: 'callTicket', ticketId: null }),
    },
    { id: 'recall', key: 'F2', enabled: called, run: () => send({ type: 'ticket.recall', windowId }) },
    {
      id: 'start',
      key: 'F3',
      primary: called,
      enabled: called,
      run: () => send({ type: 'ticket.start', windowId }),
    },
    { id: 'finish', key: 'F4', primary: serving, enabled: serving, run: () => show({ kind: 'finish' }) },
    {
      id: 'noShow',
      key: 'F6',
      enabled: called && noShowInSec === 0 && !undoing,
      note: called && noShowInSec > 0 ? t('actions.noShowIn', { count: noShowInSec }) : undefined,
      run: () => {
        if (ticket) noShowUndo.begin(ticket);
      },
    },
    { id: 'transfer', key: 'F7', enabled: called || serving, run: () => show({ kind: 'transfer' }) },
    { id: 'postpone', key: 'F8', enabled: called || serving, run: () => show({ kind: 'postpone' }) },
    paused
      ? {
          id: 'resume',
          key: 'F9',
          primary: true,
          enabled: true,
          run: () => send({ type: 'window.resume', windowId }),
        }
      : { id: 'pause', key: 'F9', enabled: idle, run: () => show({ kind: 'pause' }) },
    {
      id: 'close',
      key: 'F9',
      shift: true,
      enabled: idle || paused,
      run: () => (queue.rows.length > 0 ? show({ kind: 'close' }) : send({ type: 'window.close', windowId })),
    },
  ];
  const actions = possible.map((a) => ({ ...a, enabled: a.enabled && online }));
  const callManager = async () => {
    const response = await runner.run({ type: 'manager.call', windowId });
    if (response?.ok) setManagerSent(true);
  };
  useShortcuts(
    [
      ...actions,
      { ...MANAGER_KEY, enabled: !managerCalled && online, run: () => void callManager() },
      { key: 'Escape', enabled: undoing, run: noShowUndo.undo },
    ],
    dialog === null,
  );

  return (
    <main
      className="console-main"
      data-testid="window-console"
      data-window={windowId}
      data-status={window.status}
    >
      <div className="console-left">
        <RefusalMessage
          refusal={dialog === null ? runner.refusal : null}
          onDismiss={runner.dismiss}
          timeZone={view.config.timeZone}
        />
        <NoShowUndoBar pending={noShowUndo.pending} onUndo={noShowUndo.undo} />
        <CurrentVisit view={view} window={window} ticket={ticket} fullName={fullName} now={now} />
        <ActionBar actions={actions} pending={runner.pending}>
          <button
            type="button"
            className="action quiet"
            disabled={managerCalled || runner.pending || !online}
            aria-keyshortcuts={ariaKeys(MANAGER_KEY)}
            aria-describedby="manager-hint"
            data-action="manager"
            onClick={() => void callManager()}
          >
            <kbd>{keyLabel(MANAGER_KEY)}</kbd>
            <span>{managerCalled ? t('actions.managerActive') : t('actions.manager')}</span>
          </button>
        </ActionBar>
        <p id="manager-hint" className="muted small manager-hint" role="status" data-testid="manager-status">
          {managerSent && managerCalled ? t('actions.managerSent') : t('actions.managerHint')}
        </p>
      </div>
      {/* On a short screen the column scrolls by itself, so it takes the focus for the arrow keys. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
      <aside className="console-right" tabIndex={0} aria-label={t('queue.column')}>
        <QueuePanel
          view={view}
          queue={queue}
          canCall={idle && online && !runner.pending}
          onCall={(ticketId) => show({ kind: 'callTicket', ticketId })}
          onReturn={(ticketId) => send({ type: 'ticket.return', ticketId })}
        />
        <ShiftPanel stats={view.shift[staffId]} normMs={windowServiceNormMs(view, window)} now={now} />
      </aside>
      {dialog?.kind === 'finish' && ticket ? (
        <FinishDialog
          number={ticket.number}
          onClose={() => closeDialog()}
          onFinish={(result) => void sendFromDialog({ type: 'ticket.finish', windowId, result }, false)}
        />
      ) : null}
      {dialog?.kind === 'pause' ? (
        <PauseDialog
          onClose={() => closeDialog()}
          onPause={(reason) => void sendFromDialog({ type: 'window.pause', windowId, reason }, false)}
        />
      ) : null}
      {dialog?.kind === 'transfer' && ticket ? (
        <TransferDialog
          view={view}
          ticket={ticket}
          fromWindowId={windowId}
          refusal={runner.refusal}
          onDismissRefusal={runner.dismiss}
          onClose={() => closeDialog()}
          onTransfer={(target) => void sendFromDialog({ type: 'ticket.transfer', windowId, ...target }, true)}
        />
      ) : null}
      {dialog?.kind === 'postpone' && ticket ? (
        <PostponeDialog
          number={ticket.number}
          refusal={runner.refusal}
          onDismissRefusal={runner.dismiss}
          onClose={() => closeDialog()}
          onPostpone={(minutes) => void sendFromDialog({ type: 'ticket.postpone', windowId, minutes }, true)}
        />
      ) : null}
      {dialog?.kind === 'close' ? (
        <CloseWindowDialog
          waiting={queue.rows.length}
          otherWindows={otherWindowsFor(view, windowId, queue.rows)}
          onClose={() => closeDialog()}
          onConfirm={() => void sendFromDialog({ type: 'window.close', windowId }, false)}
        />
      ) : null}
      {dialog?.kind === 'callTicket' ? (
        <CallTicketDialog
          rows={queue.rows}
          initialTicketId={dialog.ticketId}
          refusal={runner.refusal}
          onDismissRefusal={runner.dismiss}
          onClose={() => closeDialog()}
          onCall={(ticketId, reason) =>
            void sendFromDialog({ type: 'ticket.call', windowId, ticketId, reason }, true)
          }
        />
      ) : null}
    </main>
  );
};
