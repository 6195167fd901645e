/** The administrator board page: the login gate, then the live board over the staff view. */
import type { OfficeClient } from '@queue/client';
import type { StaffView } from '@queue/protocol';
import {
  ConnectionBanner,
  StaffSignIn,
  endStaffSession,
  useOfficeClient,
  useReplica,
  useServerNow,
} from '@queue/ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminBoard } from './admin-board';
import { WallBoard } from './wall-board';
import { useWallMode } from './wall-mode';
import { type AdminSession, adminSession, mayUseAdminBoard } from './admin-session';
import { useBoardActions } from './use-board-actions';
import './admin.css';

interface ConnectedProps {
  client: OfficeClient<StaffView>;
  session: AdminSession;
  onSignOut(notice: string | null): void;
}

const AdminConnected = ({ client, session, onSignOut }: ConnectedProps) => {
  const { t } = useTranslation('board');
  const view = useReplica(client, (s) => s.view);
  const connection = useReplica(client, (s) => s.connection);
  const now = useServerNow(client);
  const actions = useBoardActions(client);
  const [wall, setWall] = useWallMode();
  useEffect(() => {
    // An expired session or a role taken away: back to the login, saying why.
    if (connection === 'unauthorized') onSignOut(t('admin.login.expired'));
  }, [connection, onSignOut, t]);
  return (
    <>
      <ConnectionBanner state={connection} />
      {view && wall ? (
        <WallBoard view={view} now={now} actions={actions} onDeskView={() => setWall(false)} />
      ) : view ? (
        <AdminBoard
          view={view}
          now={now}
          session={session}
          actions={actions}
          onSignOut={() => {
            // The page lets go first (its socket closed), so the server's ending of the session is not
            // taken for an expiry; then the token is ended on the server.
            onSignOut(null);
            void endStaffSession(session.token);
          }}
          onWallView={() => setWall(true)}
        />
      ) : (
        <p className="admin-loading">{t('admin.loading')}</p>
      )}
    </>
  );
};

export const AdminApp = () => {
  const { t } = useTranslation('board');
  const [session, setSession] = useState<AdminSession | null>(adminSession.read);
  const [notice, setNotice] = useState<string | null>(null);
  const client = useOfficeClient<StaffView>(session?.token ?? null);

  if (!session) {
    return (
      <StaffSignIn
        heading={t('admin.login.title')}
        notice={notice}
        refuse={(staff) => (mayUseAdminBoard(staff.roles) ? null : t('admin.login.notAllowed'))}
        onSignedIn={(next) => {
          adminSession.save(next);
          setNotice(null);
          setSession(next);
        }}
      />
    );
  }
  if (!client) return <p className="admin-loading">{t('admin.loading')}</p>;
  return (
    <AdminConnected
      key={session.token}
      client={client}
      session={session}
      onSignOut={(message) => {
        adminSession.clear();
        client.close();
        setNotice(message);
        setSession(null);
      }}
    />
  );
};
