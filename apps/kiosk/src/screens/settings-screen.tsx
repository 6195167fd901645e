import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { desktopPrinter } from '../desktop-bridge.js';
import { useKiosk, useKioskState, useScreenSpeech } from '../kiosk-context.js';
import { type KioskSettings, type PrintField, saveSettings } from '../kiosk-settings.js';
import { pushPrintSettings } from '../server-print-api.js';

const FIELDS: PrintField[] = ['officeName', 'dateTime', 'peopleAhead', 'expectedWait', 'qr'];
const STEP_SEC = 5;

/** The kiosk's settings, for the administrator only (behind the PIN): timing, printing, the ticket's fields. */
export const SettingsScreen = ({ onExit }: { onExit: () => void }) => {
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
        <fieldset>
          <legend>{t('settings.fields')}</legend>
          {FIELDS.map((field) => (
            <label key={field} className="choice">
              <input
                type="checkbox"
                name={field}
                checked={draft.fields[field]}
                onChange={(e) => change({ fields: { ...draft.fields, [field]: e.target.checked } })}
              />
              <span>{t(`settings.${field}`)}</span>
            </label>
          ))}
        </fieldset>
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
