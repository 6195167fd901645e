import { tokenFromScan } from '@queue/client';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * What a kiosk or hall display without a token shows: a field a barcode scanner types the printed QR
 * code into (it ends with Enter), or a person the token. The page then opens with `?token=`, which it
 * keeps in this device's storage as before.
 */
export const DeviceTokenForm = () => {
  const { t } = useTranslation('common');
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const id = useId();
  return (
    <form
      className="device-token-form"
      onSubmit={(e) => {
        e.preventDefault();
        const token = tokenFromScan(text);
        if (!token) {
          setInvalid(true);
          return;
        }
        const url = new URL(location.href);
        url.searchParams.set('token', token);
        location.replace(url.toString());
      }}
    >
      <label htmlFor={id}>{t('deviceToken.label')}</label>
      <input
        id={id}
        // biome-ignore lint/a11y/noAutofocus: the scanner types into the field without anyone touching the screen
        autoFocus
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-problem` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setInvalid(false);
        }}
      />
      <button type="submit">{t('deviceToken.submit')}</button>
      {invalid && (
        <p id={`${id}-problem`} role="alert">
          {t('deviceToken.invalid')}
        </p>
      )}
    </form>
  );
};
