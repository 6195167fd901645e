import type { OfficeClient } from '@queue/client';
import type { StaffView } from '@queue/protocol';
import { ConnectionBanner, type StaffSession, useOfficeClient, useReplica, useServerNow } from '@queue/ui';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { consoleMode, currentTicket } from './console-model.js';
import { HeaderBar } from './header-bar.js';
import { ReserveScreen } from './reserve-screen.js';
import { useCommand } from './use-command.js';
import { WindowChoice } from './window-choice.js';
import { WindowConsole } from './window-console.js';

/**
 * The signed-in console. Which screen shows follows the office state on the server, not the page:
 * after a reload, a reconnect or a server restart the console lands where the operator really is.
 */
export const OfficeConsole = ({
  session,
  onSignedOut,
}: {
  session: StaffSession;
  onSignedOut: (expired: boolean) => void;
}) => {
  const client = useOfficeClient<StaffView>(session.token);
  const { t } = useTranslation('operator');
  if (!client) return <p className="loading">{t('loading')}</p>;
  return <ConnectedConsole client={client} session={session} onSignedOut={onSignedOut} />;
};

const ConnectedConsole = ({
  client,
  session,
  onSignedOut,
}: {
  client: OfficeClient<StaffView>;
  session: StaffSession;
  onSignedOut: (expired: boolean) => void;
}) => {
  const { t } = useTranslation('operator');
  const view = useReplica(client, (s) => s.view);
  const connection = useReplica(client, (s) => s.connection);
  const runner = useCommand(client);
  const now = useServerNow(client);
  const { staff } = session;

  useEffect(() => {
    // A session the server no longer knows (expired, PIN changed) goes back to the login.
    if (connection === 'unauthorized') onSignedOut(true);
  }, [connection, onSignedOut]);

  const mode = view?.kind === 'staff' ? consoleMode(view, staff.id) : null;
  const title =
    mode?.kind === 'window' ? mode.config.label : mode?.kind === 'reserve' ? t('header.reserve') : t('title');
  useEffect(() => {
    document.title = `${title} — ${t('title')}`;
  }, [title, t]);

  if (view?.kind !== 'staff' || !mode) {
    return (
      <>
        <ConnectionBanner state={connection} />
        <p className="loading">{t('loading')}</p>
      </>
    );
  }
  const visitor = mode.kind === 'window' ? currentTicket(view, mode.window) : null;
  const logout = async () => {
    if (mode.kind === 'window') {
      // Nobody may stay "open" at a window they left; the engine refuses if the hall would be left empty.
      const closed = await runner.run({ type: 'window.close', windowId: mode.window.id });
      if (!closed?.ok) return;
    }
    await runner.run({ type: 'staff.logout', staffId: staff.id });
    onSignedOut(false);
  };
  const status =
    mode.kind === 'window' ? (
      <span className={`status-chip ${mode.window.status}`} data-testid="window-status">
        {mode.window.status === 'paused'
          ? t('header.status.paused', { reason: mode.window.pauseReason ?? '' })
          : t(`header.status.${mode.window.status}`)}
      </span>
    ) : undefined;

  return (
    <div className="console" data-mode={mode.kind}>
      <ConnectionBanner state={connection} />
      <HeaderBar
        title={title}
        status={status}
        fullName={staff.fullName}
        position={staff.position}
        connection={connection}
        logoutDisabledReason={visitor ? t('logoutBusy') : null}
        onLogout={() => void logout()}
      />
      {mode.kind === 'window' ? (
        <WindowConsole
          view={view}
          window={mode.window}
          staffId={staff.id}
          fullName={staff.fullName}
          now={now}
          online={connection === 'online'}
          runner={runner}
        />
      ) : mode.kind === 'reserve' ? (
        <ReserveScreen view={view} staffId={staff.id} assignedWindowId={staff.windowId} runner={runner} />
      ) : (
        <WindowChoice
          view={view}
          staffId={staff.id}
          roles={staff.roles}
          assignedWindowId={staff.windowId}
          runner={runner}
        />
      )}
    </div>
  );
};
