import { switchLocale } from '@queue/ui';
import { useTranslation } from 'react-i18next';
import { saveLocale } from './locale-choice.js';

/** Russian by default; English one click away. The button names the other language in that language. */
export const LanguageSwitch = () => {
  const { t, i18n } = useTranslation('common');
  const next = i18n.language === 'en' ? 'ru' : 'en';
  return (
    <button
      type="button"
      className="language"
      lang={next}
      data-testid="language"
      onClick={() => {
        saveLocale(next);
        void switchLocale(next);
      }}
    >
      {t('language')}
    </button>
  );
};
