import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateText, parseDateText } from './date-text';

/**
 * A date typed as ДД.ММ.ГГГГ, whatever the browser's own locale: the value is ISO, the text is the
 * office's. A date that is not real, or before `min`, is marked invalid and not passed on.
 */
export const DateField = ({
  id,
  name,
  value,
  min,
  required = true,
  onChange,
}: {
  id: string;
  name: string;
  value: string;
  min?: string | undefined;
  required?: boolean;
  onChange: (iso: string) => void;
}) => {
  const { t } = useTranslation('reports');
  const [text, setText] = useState(() => dateText(value));
  // A date set from outside (the quick periods) shows at once.
  useEffect(() => {
    setText((shown) => (parseDateText(shown) === value ? shown : dateText(value)));
  }, [value]);
  const parsed = parseDateText(text);
  const invalid = text !== '' && (parsed === null || (min !== undefined && parsed < min));
  return (
    <input
      id={id}
      name={name}
      className="date-field"
      inputMode="numeric"
      autoComplete="off"
      required={required}
      maxLength={10}
      placeholder={t('controls.datePlaceholder')}
      pattern="\d{2}\.\d{2}\.\d{4}"
      title={t('controls.dateHint')}
      aria-invalid={invalid}
      value={text}
      onChange={(event) => {
        const next = event.target.value.replace(/[^\d.]/g, '');
        setText(next);
        const iso = parseDateText(next);
        if (iso && (min === undefined || iso >= min)) onChange(iso);
      }}
    />
  );
};
