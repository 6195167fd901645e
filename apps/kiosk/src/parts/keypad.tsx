import { useTranslation } from 'react-i18next';

/** An on-screen digit keypad with large keys, for the booking code and the PIN (no keyboard needed). */
export const Keypad = ({
  onDigit,
  onErase,
  onClear,
}: {
  onDigit: (digit: string) => void;
  onErase: () => void;
  onClear: () => void;
}) => {
  const { t } = useTranslation('kiosk');
  const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
  return (
    <div className="keypad">
      {digits.map((d) => (
        <button key={d} type="button" className="key" onClick={() => onDigit(d)}>
          {d}
        </button>
      ))}
      <button type="button" className="key key--small" onClick={onClear}>
        {t('checkIn.clear')}
      </button>
      <button type="button" className="key" onClick={() => onDigit('0')}>
        0
      </button>
      <button type="button" className="key" onClick={onErase} aria-label={t('checkIn.erase')}>
        ⌫
      </button>
    </div>
  );
};
