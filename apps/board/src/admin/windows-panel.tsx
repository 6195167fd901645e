/**
 * Every window: state, operator, current ticket, the service timer against the norm, the pause reason,
 * and the actions the administrator takes at any window (DESIGN §4): open, pause (with a reason),
 * resume, close, and change what it serves, live (with a reason, 001 §7.2.4).
 */
import type { StaffView } from '@queue/protocol';
import { elapsed } from '@queue/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminSession } from './admin-session';
import { ReasonDialog } from './reason-dialog';
import { ServicesDialog } from './services-dialog';
import type { BoardActions } from './use-board-actions';
import { type WindowRow, windowRows } from './window-rows';

type WindowDialog = { kind: 'open' | 'pause' | 'close' | 'services'; row: WindowRow };

const minutes = (ms: number) => Math.round(ms / 60_000);

const Activity = ({ row }: { row: WindowRow }) => {
  const { t } = useTranslation('board');
  const timer = <span className="timer">{elapsed(row.sinceMs)}</span>;
  switch (row.activity) {
    case 'serving':
      return (
        <p className={`window-activity level-${row.level}`} data-level={row.level}>
          {t('admin.windows.serving', { ticket: row.ticket?.number })} {timer}
          {row.serviceNormMs !== null && (
            <span className="muted">
              {' '}
              / {t('admin.windows.norm', { minutes: minutes(row.serviceNormMs) })}
            </span>
          )}
        </p>
      );
    case 'called':
      return (
        <p className="window-activity">
          {t('admin.windows.called', { ticket: row.ticket?.number })} {timer}
        </p>
      );
    case 'paused':
      return (
        <p className="window-activity level-warn">
          {t('admin.windows.paused', { reason: row.live?.pauseReason ?? '—' })} {timer}
        </p>
      );
    case 'idle':
      return (
        <p className="window-activity">
          {t('admin.windows.idle')} {timer}
        </p>
      );
    case 'closed':
      // The status chip of the card says «Закрыто» already.
      return null;
  }
};

const ServicesLine = ({ row, view }: { row: WindowRow; view: StaffView }) => {
  const { t } = useTranslation('board');
  const served = row.services.filter((entry) => entry.weight > 0);
  const top = Math.max(0, ...served.map((entry) => entry.weight));
  return (
    <p className="window-services">
      <span className="muted">{t('admin.windows.services')}: </span>
      {served.map((entry) => {
        const service = view.config.services.find((s) => s.id === entry.serviceId);
        const main = entry.weight === top;
        return (
          <abbr
            key={entry.serviceId}
            title={`${service?.title ?? entry.serviceId} — ${t('admin.services.weight')} ${entry.weight}`}
            className={main ? 'service-main' : 'service-side'}
          >
            {service?.letter ?? entry.serviceId}
          </abbr>
        );
      })}
    </p>
  );
};

export interface WindowsPanelProps {
  view: StaffView;
  now: number;
  session: AdminSession;
  actions: BoardActions;
}

/** Who may work at a window: the staff an administrator can open it for (on a person's behalf). */
const servingStaff = (view: StaffView) =>
  view.config.staff.filter((s) =>
    s.roles.some((r) => r === 'operator' || r === 'reserve' || r === 'administrator'),
  );

export const WindowsPanel = ({ view, now, session, actions }: WindowsPanelProps) => {
  // Defaults to the staff member assigned to the window, else the administrator herself.
  const [onBehalfOf, setOnBehalfOf] = useState(session.staff.id);
  const { t } = useTranslation('board');
  const [dialog, setDialog] = useState<WindowDialog | null>(null);
  const [refusal, setRefusal] = useState<{ windowId: string; text: string } | null>(null);
  const rows = windowRows(view, now);
  const label = dialog?.row.config.label ?? '';

  return (
    <section className="panel" aria-labelledby="windows-title">
      <h2 id="windows-title">{t('admin.windows.title')}</h2>
      <div className="windows">
        {rows.map((row) => (
          <article
            key={row.config.id}
            className={`window-card window-${row.status}`}
            data-window-id={row.config.id}
            aria-labelledby={`window-${row.config.id}`}
          >
            <header className="window-head">
              <h3 id={`window-${row.config.id}`}>{row.config.label}</h3>
              <span className={`status-chip status-${row.status}`}>
                {t(`admin.windowStatus.${row.status}`)}
              </span>
            </header>
            <p className="window-operator">
              {row.operator ? (
                <>
                  {row.operator.fullName}
                  <span className="muted"> · {row.operator.position}</span>
                </>
              ) : (
                <span className="muted">{t('admin.windows.noOperator')}</span>
              )}
            </p>
            <Activity row={row} />
            <ServicesLine row={row} view={view} />
            {(row.expected !== null || row.served !== null) && (
              <p className="window-numbers muted">
                {row.expected !== null && t('admin.windows.expected', { count: row.expected })}
                {row.expected !== null && row.served !== null && ' · '}
                {row.served !== null && t('admin.windows.served', { count: row.served })}
              </p>
            )}
            <div className="window-actions">
              {row.status === 'closed' && (
                <button
                  type="button"
                  onClick={() => {
                    setOnBehalfOf(
                      view.config.staff.find((s) => s.windowId === row.config.id)?.id ?? session.staff.id,
                    );
                    setDialog({ kind: 'open', row });
                  }}
                >
                  {t('admin.windows.open')}
                </button>
              )}
              {row.status === 'open' && (
                <button type="button" onClick={() => setDialog({ kind: 'pause', row })}>
                  {t('admin.windows.pause')}
                </button>
              )}
              {row.status === 'paused' && (
                <button
                  type="button"
                  onClick={async () => {
                    // No dialog to show a refusal in: the card says it.
                    const { error } = await actions.run({ type: 'window.resume', windowId: row.config.id });
                    setRefusal(error === null ? null : { windowId: row.config.id, text: error });
                  }}
                >
                  {t('admin.windows.resume')}
                </button>
              )}
              {row.status !== 'closed' && (
                <button type="button" onClick={() => setDialog({ kind: 'close', row })}>
                  {t('admin.windows.close')}
                </button>
              )}
              <button type="button" onClick={() => setDialog({ kind: 'services', row })}>
                {t('admin.windows.changeServices')}
              </button>
            </div>
            {refusal?.windowId === row.config.id && (
              <p className="problem" role="alert">
                {refusal.text}
              </p>
            )}
          </article>
        ))}
      </div>
      {dialog?.kind === 'open' && (
        <ReasonDialog
          title={t('admin.windows.openTitle', { window: label })}
          submitLabel={t('admin.windows.open')}
          reason={{
            label: t('admin.dialog.reason'),
            suggestions: t('admin.suggest.openOnBehalf').split('|'),
          }}
          description={<p>{t('admin.windows.openNote')}</p>}
          onClose={() => setDialog(null)}
          onSubmit={async (reason) =>
            (
              await actions.run({
                type: 'window.open',
                windowId: dialog.row.config.id,
                staffId: onBehalfOf,
                reason,
              })
            ).error
          }
        >
          <label htmlFor="open-on-behalf">{t('admin.windows.onBehalfOf')}</label>
          <select id="open-on-behalf" value={onBehalfOf} onChange={(e) => setOnBehalfOf(e.target.value)}>
            {servingStaff(view).map((member) => (
              <option key={member.id} value={member.id}>
                {member.fullName} · {member.position}
              </option>
            ))}
          </select>
        </ReasonDialog>
      )}
      {dialog?.kind === 'pause' && (
        <ReasonDialog
          title={t('admin.windows.pauseTitle', { window: label })}
          submitLabel={t('admin.windows.pause')}
          reason={{ label: t('admin.dialog.reason'), suggestions: t('admin.suggest.pause').split('|') }}
          onClose={() => setDialog(null)}
          onSubmit={async (reason) =>
            (await actions.run({ type: 'window.pause', windowId: dialog.row.config.id, reason })).error
          }
        />
      )}
      {dialog?.kind === 'close' && (
        <ReasonDialog
          title={t('admin.windows.closeTitle', { window: label })}
          submitLabel={t('admin.windows.close')}
          reason={null}
          description={<p>{t('admin.windows.closeNote')}</p>}
          onClose={() => setDialog(null)}
          onSubmit={async () =>
            (await actions.run({ type: 'window.close', windowId: dialog.row.config.id })).error
          }
        />
      )}
      {dialog?.kind === 'services' && (
        <ServicesDialog view={view} row={dialog.row} actions={actions} onClose={() => setDialog(null)} />
      )}
    </section>
  );
};
