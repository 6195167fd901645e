/**
 * The administrator board (DESIGN §5, issue 5): overload first, then every window, every queue, the
 * visitors in the office, alarms with acknowledge, registration of a visitor, and the office's journal
 * of manual actions. It renders the staff view and sends commands; it decides nothing itself.
 */
import type { StaffView } from '@queue/protocol';
import { officeClock, switchLocale } from '@queue/ui';
import { useTranslation } from 'react-i18next';
import type { AdminSession } from './admin-session';
import { AlarmsPanel } from './alarms-panel';
import { CloseDay } from './close-day';
import { JournalPanel } from './journal-panel';
import { OverloadBanner } from './overload-banner';
import { PoolingPanel } from './pooling-panel';
import { QueuesPanel } from './queues-panel';
import { ReplicationStatusLine } from './replication-status';
import { RegisterVisitor } from './register-visitor';
import { StorageBanner } from './storage-banner';
import { TicketsPanel } from './tickets-panel';
import type { BoardActions } from './use-board-actions';
import { WindowsPanel } from './windows-panel';

export interface AdminBoardProps {
  view: StaffView;
  now: number;
  session: AdminSession;
  actions: BoardActions;
  onSignOut(): void;
  onWallView(): void;
}

export const AdminBoard = ({ view, now, session, actions, onSignOut, onWallView }: AdminBoardProps) => {
  const { t, i18n } = useTranslation('board');
  const tz = view.config.timeZone;
  return (
    <div className="admin">
      <header className="admin-header">
        <div>
          <h1>{t('admin.title')}</h1>
          <p className="admin-office">{view.config.name}</p>
          <ReplicationStatusLine status={view.replication} timeZone={tz} />
        </div>
        <div className="admin-header-side">
          <time className="admin-clock">{officeClock(now, tz)}</time>
          <span className="admin-user">
            {session.staff.fullName}
            <span className="muted"> · {session.staff.position}</span>
          </span>
          <button type="button" onClick={onWallView} data-testid="wall-view">
            {t('admin.wall.open')}
          </button>
          <button
            type="button"
            lang={i18n.language === 'ru' ? 'en' : 'ru'}
            onClick={() => void switchLocale(i18n.language === 'ru' ? 'en' : 'ru')}
          >
            {t('common:language')}
          </button>
          <CloseDay view={view} actions={actions} />
          <button type="button" onClick={onSignOut}>
            {t('admin.signOut')}
          </button>
        </div>
      </header>
      <StorageBanner view={view} />
      <OverloadBanner view={view} now={now} actions={actions} />
      <PoolingPanel view={view} actions={actions} />
      <main className="admin-main">
        <div className="admin-column">
          <WindowsPanel view={view} now={now} session={session} actions={actions} />
          <QueuesPanel view={view} now={now} />
          <TicketsPanel view={view} now={now} session={session} actions={actions} />
        </div>
        <div className="admin-column">
          <AlarmsPanel view={view} now={now} actions={actions} />
          <RegisterVisitor view={view} session={session} actions={actions} />
          <JournalPanel token={session.token} seq={view.seq} timeZone={tz} />
        </div>
      </main>
    </div>
  );
};
