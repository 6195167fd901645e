import '@queue/ui/theme.css';
import './board.css';
import { type Locale, setupI18n } from '@queue/ui';
import { createRoot } from 'react-dom/client';
import { AdminApp } from './admin/admin-app';
import { boardRoute } from './board-route';
import { HallApp } from './hall/hall-app';
import { BOARD_TEXTS } from './texts';

// Russian unless the address asks for English (`?lang=en`); the administrator can switch at any time.
const locale: Locale = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'ru';
const route = boardRoute(location.pathname);
document.documentElement.classList.add(route === 'hall' ? 'hall-page' : 'admin-page');

void setupI18n(BOARD_TEXTS, locale).then((i18n) => {
  document.title = i18n.t(route === 'hall' ? 'board:hall.pageTitle' : 'board:admin.pageTitle');
  createRoot(document.getElementById('root')!).render(route === 'hall' ? <HallApp /> : <AdminApp />);
});
