import type { PublicView } from '@queue/protocol';
import { serverUrl, signInAdministrator, useOfficeClient, useReplica } from '@queue/ui';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { desktopExit } from './desktop-bridge.js';
import { forgetDeviceToken } from './device-token.js';
import { type Kiosk, KioskContext, useKiosk, useKioskState } from './kiosk-context.js';
import { createKioskSpeaker, speechLang } from './kiosk-speech.js';
import { type KioskStore, kioskActions } from './kiosk-store.js';
import { KioskHeader } from './parts/kiosk-header.js';
import { InactivityWarning } from './parts/inactivity-warning.js';
import { KioskToolbar } from './parts/kiosk-toolbar.js';
import { OfflineNotice } from './parts/offline-notice.js';
import { inactivityLimitSec } from './inactivity-limit.js';
import { AdminPinScreen } from './screens/admin-pin-screen.js';
import { CheckInScreen } from './screens/check-in-screen.js';
import { ClosedScreen } from './screens/closed-screen.js';
import { ErrorScreen } from './screens/error-screen.js';
import { SettingsScreen } from './screens/settings-screen.js';
import { StartScreen } from './screens/start-screen.js';
import { TicketScreen } from './screens/ticket-screen.js';
import { TopicsScreen } from './screens/topics-screen.js';
import { pushPrintSettings } from './server-print-api.js';
import { useArrowKeys } from './use-arrow-keys.js';
import { useInactivity } from './use-inactivity.js';

/** What a focused control says aloud: its label, else its visible text. */
const spokenLabel = (element: HTMLElement): string =>
  (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();

const CurrentScreen = ({
  view,
  online,
  onExit,
}: {
  view: PublicView;
  online: boolean;
  onExit: () => void;
}) => {
  const screen = useKioskState((s) => s.screen);
  // Administration and a ticket just issued stay; everything a visitor could start waits for opening.
  if (screen === 'adminPin') return <AdminPinScreen />;
  if (screen === 'settings') return <SettingsScreen view={view} onExit={onExit} />;
  if (screen === 'ticket') return <TicketScreen view={view} />;
  // Without the server no ticket can be issued: said at once, in place of the choices (issue 19).
  if (!online) return <OfflineNotice />;
  if (!view.office.acceptingTickets) return <ClosedScreen view={view} />;
  switch (screen) {
    case 'help':
      return <TopicsScreen view={view} help />;
    case 'topics':
    case 'category':
      return <TopicsScreen view={view} />;
    case 'checkIn':
      return <CheckInScreen view={view} />;
    case 'error':
      return <ErrorScreen />;
    default:
      return <StartScreen view={view} />;
  }
};

const KioskShell = () => {
  const { t } = useTranslation(['kiosk', 'common']);
  const kiosk = useKiosk();
  const { client, actions, speaker, token, store } = kiosk;
  const connection = useReplica(client, (s) => s.connection);
  const view = useReplica(client, (s) => s.view);
  const screen = useKioskState((s) => s.screen);
  const category = useKioskState((s) => s.category);
  const clientType = useKioskState((s) => s.clientType);
  const speech = useKioskState((s) => s.speech);
  const locale = useKioskState((s) => s.locale);
  const inactivitySec = useKioskState((s) => s.settings.inactivitySec);
  const contrast = useKioskState((s) => s.contrast);
  const root = useRef<HTMLDivElement>(null);
  const online = connection === 'online';

  // The server prints with this kiosk's settings and keeps them; they go again on each connect, so a
  // change saved while the server was out of reach still gets there.
  useEffect(() => {
    const push = () => void pushPrintSettings(token, store.getState().settings);
    if (client.socket.connected) push();
    client.socket.on('connect', push);
    return () => {
      client.socket.off('connect', push);
    };
  }, [client, token, store]);

  const limitSec = inactivityLimitSec(screen, inactivitySec, { contrast, speech });
  const inactivity = useInactivity(
    screen !== 'start' && screen !== 'exited',
    limitSec,
    `${screen}:${category}:${clientType}`,
    actions.idle,
  );
  useArrowKeys(root, actions.back);

  // Each new screen puts the focus on its first choice, so a keyboard or speech user starts there: its
  // first tile where it has tiles (a button beside the heading, «Два вопроса — один талон», comes after).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on a change of screen or level
  useEffect(() => {
    const main = root.current?.querySelector('main');
    const first =
      main?.querySelector<HTMLElement>('[data-tile]:not([disabled])') ??
      main?.querySelector<HTMLElement>('input, button:not([disabled])') ??
      main?.querySelector<HTMLElement>('h1');
    first?.focus();
  }, [screen, category, clientType, online, view !== null, view?.office.acceptingTickets]);

  // Speech mode reads the choice that receives the focus, by touch, Tab or arrow.
  useEffect(() => {
    if (!speech) return;
    const onFocus = (event: FocusEvent) => {
      if (!(event.target instanceof HTMLElement) || event.target.tagName === 'H1') return;
      const label = spokenLabel(event.target);
      if (label) speaker.choice(label, speechLang(locale));
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, [speech, locale, speaker]);

  // «Exit» behind the PIN: the desktop shell closes the program (checking the administrator itself);
  // a browser kiosk forgets its device token, so nobody can take tickets from it any more.
  const exit = async () => {
    const closeShell = desktopExit();
    const admin = store.getState().admin;
    if (closeShell && admin) {
      await closeShell({ login: admin.login, pin: admin.pin });
      return;
    }
    forgetDeviceToken();
    client.close();
    actions.exited();
  };

  if (screen === 'exited') {
    return (
      <main className="kiosk kiosk--message">
        <h1>{t('kiosk:settings.exit')}</h1>
        <p className="lead">{t('kiosk:settings.exitDone')}</p>
      </main>
    );
  }
  if (connection === 'unauthorized') {
    return (
      <main className="kiosk kiosk--message">
        <h1>{t('common:connection.unauthorized')}</h1>
      </main>
    );
  }
  if (!view) {
    return connection === 'offline' ? (
      <main className="kiosk kiosk--message">
        <OfflineNotice />
      </main>
    ) : (
      <main className="kiosk kiosk--message">
        <h1>{t('common:connection.connecting')}</h1>
      </main>
    );
  }
  return (
    <div className="kiosk" ref={root} data-connection={connection} data-inactivity-sec={limitSec}>
      <KioskHeader view={view} />
      <main className="kiosk-main">
        <CurrentScreen view={view} online={online} onExit={() => void exit()} />
      </main>
      <KioskToolbar />
      {inactivity.secondsLeft !== null ? (
        <InactivityWarning secondsLeft={inactivity.secondsLeft} onMore={inactivity.extend} />
      ) : null}
    </div>
  );
};

/** The kiosk: one replica of the public view for this device's token, and the flow's store. */
export const KioskApp = ({ token, store }: { token: string; store: KioskStore }) => {
  const client = useOfficeClient<PublicView>(token);
  const kiosk = useMemo<Kiosk | null>(
    () =>
      client && {
        store,
        actions: kioskActions(store),
        client,
        token,
        speaker: createKioskSpeaker(),
        signIn: (login, pin) => signInAdministrator(serverUrl(), login, pin),
      },
    [client, store, token],
  );
  if (!kiosk) return null;
  return (
    <KioskContext.Provider value={kiosk}>
      <KioskShell />
    </KioskContext.Provider>
  );
};
