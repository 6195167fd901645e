/** The hall display page: device token, replica, voice, and the small settings panel. */
import type { OfficeClient } from '@queue/client';
import type { PublicView } from '@queue/protocol';
import { ConnectionBanner, DeviceTokenForm, useOfficeClient, useReplica, useServerNow } from '@queue/ui';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ANNOUNCE_SETTINGS_KEY,
  type AnnounceSettings,
  resolveAnnounceSettings,
  serialiseAnnounceSettings,
} from './announce-settings';
import { addressWithoutToken, pageStorage, resolveDeviceToken } from './device-token';
import { HallDisplay } from './hall-display';
import { SettingsSignIn } from './settings-sign-in';
import { MutedIcon } from './muted-icon';
import { SoundSettingsPanel } from './sound-settings-panel';
import { useHallVoice } from './use-hall-voice';
import './hall.css';

const readSettings = () =>
  resolveAnnounceSettings(location.search, pageStorage()?.getItem(ANNOUNCE_SETTINGS_KEY) ?? null);

const HallConnected = ({ client }: { client: OfficeClient<PublicView> }) => {
  const { t } = useTranslation('board');
  const view = useReplica(client, (s) => s.view);
  const connection = useReplica(client, (s) => s.connection);
  const now = useServerNow(client);
  const serverNow = useCallback(() => Date.now() + client.store.getState().clockOffsetMs, [client]);
  const [resolved, setResolved] = useState(readSettings);
  // ⚙ first asks for an administrator's PIN; the settings open only after it, and close with it.
  const [settings, setSettings] = useState<'closed' | 'signIn' | 'open'>('closed');
  const voice = useHallVoice(view?.calls ?? null, serverNow, resolved.settings);

  const save = (settings: AnnounceSettings) => {
    try {
      pageStorage()?.setItem(ANNOUNCE_SETTINGS_KEY, serialiseAnnounceSettings(settings));
    } catch {
      // Without storage the settings hold until the page reloads.
    }
    setResolved((previous) => ({ ...previous, settings }));
  };

  return (
    <>
      <ConnectionBanner state={connection} />
      {view ? (
        <HallDisplay
          view={view}
          now={now}
          staffNotice={
            voice.audio === 'suspended' ? (
              <button
                type="button"
                className="hall-unlock"
                onClick={voice.enableSound}
                data-testid="sound-unlock"
              >
                <MutedIcon />
                <span>
                  <strong>{t('hall.soundOff.title')}</strong> {t('hall.soundOff.action')}
                </span>
              </button>
            ) : null
          }
        />
      ) : (
        <p className="hall-loading">{t('hall.loading')}</p>
      )}
      {/* What was last said, in writing too (004 §6.7.8), for screen readers and for the tests. */}
      <p
        className="visually-hidden hall-live"
        role="status"
        aria-live="polite"
        data-testid="last-announcement"
        data-count={voice.last.count}
      >
        {voice.last.text}
      </p>
      <div className="hall-controls" data-audio={voice.audio}>
        <button
          type="button"
          className="hall-settings-button"
          aria-label={t('hall.settings.open')}
          title={t('hall.settings.open')}
          onClick={() => setSettings('signIn')}
        >
          <span aria-hidden="true">⚙</span>
        </button>
      </div>
      {settings === 'signIn' && (
        <SettingsSignIn onSignedIn={() => setSettings('open')} onClose={() => setSettings('closed')} />
      )}
      {settings === 'open' && (
        <SoundSettingsPanel
          resolved={resolved}
          onSave={save}
          onPreview={voice.preview}
          onClose={() => setSettings('closed')}
        />
      )}
    </>
  );
};

export const HallApp = () => {
  const { t } = useTranslation('board');
  const [token] = useState(() => resolveDeviceToken(location.search, pageStorage()));
  useEffect(() => {
    if (token && new URLSearchParams(location.search).has('token')) {
      history.replaceState(history.state, '', addressWithoutToken(location.href));
    }
  }, [token]);
  const client = useOfficeClient<PublicView>(token);
  if (!token) {
    return (
      <main className="hall hall-message">
        <h1>{t('hall.noToken.title')}</h1>
        <p>{t('hall.noToken.text')}</p>
        <DeviceTokenForm />
      </main>
    );
  }
  return client ? <HallConnected client={client} /> : <p className="hall-loading">{t('hall.loading')}</p>;
};
