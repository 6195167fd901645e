import type { TicketFields } from '@queue/engine';
import type { PublicView } from '@queue/protocol';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { desktopPrinter } from '../desktop-bridge.js';
import { useKiosk, useKioskState, useScreenSpeech } from '../kiosk-context.js';
import { type KioskSettings, saveSettings } from '../kiosk-settings.js';
import { pushPrintSettings } from '../server-print-api.js';

const FIELDS: (keyof TicketFields)[] = ['officeName', 'dateTime', 'peopleAhead', 'expectedWait', 'qr'];
const STEP_SEC = 5;

/**
 * The office's choice of what a ticket says, shown read-only: the manager sets it once for every kiosk
 * («Настройки офиса» → «Офис и талон»), so a ticket looks the same whichever kiosk printed it.
 */
const OfficeTicket = ({ ticket }: { ticket: PublicView['ticket'] }) => {
  const { t } = useTranslation('kiosk');
  return (
    <fieldset className="office-ticket" aria-describedby="office-ticket-note">
      <legend>{t('settings.fields')}</legend>
      <p id="office-ticket-note">{t('settings.fieldsByOffice')}</p>
      <ul>
        {FIELDS.map((field) => (
          <li key={field} data-field={field} data-printed={ticket.fields[field]}>
            {t(`settings.${field}`)}: {t(ticket.fields[field] ? 'settings.printed' : 'settings.notPrinted')}
          </li>
        ))}
        <li data-field="text">
          {t('settings.text')}: {ticket.text === null ? t('settings.defaultText') : `«${ticket.text}»`}
        </li>
      </ul>
    </fieldset>
  );
};

/** The kiosk's settings, for the administrator only (behind the PIN): timing and this kiosk's printer. */
export const SettingsScreen = ({ view, onExit }: { view: PublicView; onExit: () => void }) => {
  const { t } = useTranslation('kiosk');
  const { actions, token } = useKiosk();
  const saved = useKioskState((s) => s.settings);
  const admin = useKioskState((s) => s.admin);
  const [draft, setDraft] = useState<KioskSettings>(saved);
  const hasBridge = desktopPrinter() !== null;
  useScreenSpeech(t('settings.heading'));

  const change = (patch: Partial<KioskSettings>) => setDraft((d) => ({ ...d, ...patch }));
  const stepInactivity = (delta: number) =>
    change({ inactivitySec: Math.min(600, Math.max(5, draft.inactivitySec + delta)) });
  const save = () => {
    saveSettings(draft);
    actions.saveSettings(draft);
    void pushPrintSettings(token, draft);
    actions.home();
  };

  const radio = <K extends 'printing' | 'paper' | 'codePage'>(
    key: K,
    value: KioskSettings[K],
    label: string,
    disabled = false,
  ) => (
    <label className={`choice ${disabled ? 'choice--disabled' : ''}`}>
      <input
        type="radio"
        name={key}
        value={value}
        checked={draft[key] === value}
        disabled={disabled}
        onChange={() => change({ [key]: value } as Partial<KioskSettings>)}
      />
      <span>{label}</span>
    </label>
  );

  return (
    <section className="screen screen--settings" aria-labelledby="screen-heading">
      <h1 id="screen-heading" tabIndex={-1}>
        {t('settings.heading')}
      </h1>
      {admin ? <p className="lead">{t('settings.signedIn', { name: admin.name })}</p> : null}
      <form
        className="settings-form"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <fieldset>
          <legend>{t('settings.inactivity')}</legend>
          <div className="stepper">
            <button
              type="button"
              className="tool"
              onClick={() => stepInactivity(-STEP_SEC)}
              aria-label={t('settings.less')}
            >
              −
            </button>
            <input
              type="number"
              min={5}
              max={600}
              step={1}
              aria-label={t('settings.inactivity')}
              value={draft.inactivitySec}
              onChange={(e) =>
                change({ inactivitySec: Math.min(600, Math.max(5, Number(e.target.value) || 20)) })
              }
            />
            <button
              type="button"
              className="tool"
              onClick={() => stepInactivity(STEP_SEC)}
              aria-label={t('settings.more')}
            >
              +
            </button>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('settings.printing')}</legend>
          {radio('printing', 'server', t('settings.printingServer'))}
          {radio(
            'printing',
            'desktop',
            hasBridge ? t('settings.printingDesktop') : t('settings.printingDesktopMissing'),
            !hasBridge,
          )}
          {radio('printing', 'none', t('settings.printingNone'))}
          {draft.printing === 'server' && (
            <p data-note="printer-by-office">{t('settings.printerByOffice')}</p>
          )}
        </fieldset>
        <fieldset>
          <legend>{t('settings.paper')}</legend>
          {radio('paper', '80mm', '80 мм')}
          {radio('paper', '58mm', '58 мм')}
        </fieldset>
        <fieldset>
          <legend>{t('settings.codePage')}</legend>
          {radio('codePage', 'CP866', 'CP866')}
          {radio('codePage', 'WPC1251', 'Windows-1251')}
        </fieldset>
        <OfficeTicket ticket={view.ticket} />
        <div className="form-actions">
          <button type="button" className="tile tile--done" onClick={actions.home}>
            <span className="tile-title">{t('settings.cancel')}</span>
          </button>
          <button type="submit" className="tile tile--primary tile--done">
            <span className="tile-title">{t('settings.save')}</span>
          </button>
        </div>
        <button type="button" className="tool tool--danger" onClick={onExit}>
          {t('settings.exit')}
        </button>
      </form>
    </section>
  );
};
