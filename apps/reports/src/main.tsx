import '@queue/ui/theme.css';
import '@queue/ui/report-page.css';
import './reports.css';
import { type Locale, setupI18n } from '@queue/ui';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { STAFFING_TEXTS } from './staffing/staffing-texts';
import { REPORTS_TEXTS } from './texts';

// Russian unless the address asks for English (`?lang=en`); the header switches at any time.
const locale: Locale = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'ru';

const texts = {
  ru: { ...REPORTS_TEXTS.ru, ...STAFFING_TEXTS.ru },
  en: { ...REPORTS_TEXTS.en, ...STAFFING_TEXTS.en },
};

void setupI18n(texts, locale).then(() => {
  createRoot(document.getElementById('root')!).render(<App />);
});
