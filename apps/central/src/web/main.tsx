import '@queue/ui/theme.css';
import '@queue/ui/report-page.css';
import './central.css';
import { type Locale, setupI18n } from '@queue/ui';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { CENTRAL_TEXTS } from './texts';

// Russian unless the address asks for English (`?lang=en`); the header switches at any time.
const locale: Locale = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'ru';

void setupI18n(CENTRAL_TEXTS, locale).then(() => {
  createRoot(document.getElementById('root')!).render(<App />);
});
