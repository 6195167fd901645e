import type { PhonePageSettings } from '@queue/engine';
import { DEFAULT_PHONE_PAGE } from '@queue/engine';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from './editor-props';
import { NumberField } from './number-field';

/**
 * The visitor's page on the phone (issue 18): whether tickets carry it (its QR link), the address a
 * phone reaches it at, and the office's rules for «выйду ненадолго». The engine applies them; switched
 * off, new tickets get no link and a page still open cannot step out.
 */
export const PhonePageEditor = ({ config, onChange }: EditorProps) => {
  const { t } = useTranslation('settings');
  const page: PhonePageSettings = { ...DEFAULT_PHONE_PAGE, ...config.phonePage };
  const enabled = page.enabled !== false;
  const set = (change: Partial<PhonePageSettings>) =>
    onChange({ ...config, phonePage: { ...page, ...change } });

  return (
    <section className="editor" aria-labelledby="phone-page-title" data-testid="phone-page-editor">
      <h2 id="phone-page-title">{t('phonePage.title')}</h2>
      <p className="hint">{t('phonePage.hint')}</p>
      <div className="checks">
        <label>
          <input
            type="checkbox"
            checked={enabled}
            onChange={(e) => set({ enabled: e.target.checked })}
            data-testid="phone-page-enabled"
          />
          {t('phonePage.enabled')}
        </label>
      </div>
      <fieldset className="row" disabled={!enabled}>
        <legend>{t('phonePage.stepOut')}</legend>
        <NumberField
          label={t('phonePage.stepOutTimes')}
          min={0}
          max={10}
          value={page.stepOutTimes}
          onValue={(stepOutTimes) => set({ stepOutTimes })}
        />
        <NumberField
          label={t('phonePage.stepOutMaxMin')}
          min={1}
          max={240}
          value={page.stepOutMaxMin}
          onValue={(stepOutMaxMin) => set({ stepOutMaxMin })}
        />
      </fieldset>
      <label className="field">
        {t('phonePage.url')}
        <input
          className="wide"
          type="url"
          maxLength={300}
          disabled={!enabled}
          value={page.url ?? ''}
          placeholder={t('phonePage.urlPlaceholder')}
          onChange={(e) => set({ url: e.target.value.trim() === '' ? null : e.target.value.trim() })}
        />
      </label>
      <p className="hint">{t('phonePage.urlHint')}</p>
    </section>
  );
};
