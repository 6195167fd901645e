import '@queue/ui/theme.css';
import './visit.css';
import { setupI18n } from '@queue/ui';
import { createRoot } from 'react-dom/client';
import { VisitPage } from './visit-page.js';
import { createVisitStore } from './visit-store.js';
import { VISIT_TEXTS } from './visit-texts.js';

/**
 * The page the QR code on a ticket opens (issue 18): `…/visit/#<token>`. The token is in the fragment,
 * which the browser never sends in a request line or a Referer; the page sends it as a bearer token.
 */
const token = decodeURIComponent(location.hash.slice(1)).trim();
// The office's address: where this page is served from, one level up (works under a proxy's prefix).
const base = new URL('..', location.href).href.replace(/\/$/, '');

// Another ticket's link opened in the same tab changes only the fragment: start again with its token.
window.addEventListener('hashchange', () => location.reload());

const i18n = await setupI18n(VISIT_TEXTS, 'ru');
const root = createRoot(document.getElementById('root')!);
if (!token) {
  root.render(
    <main className="visit visit--message">
      <h1>{i18n.t('visit:title')}</h1>
      <p role="alert">{i18n.t('visit:noToken')}</p>
    </main>,
  );
} else {
  const visit = createVisitStore(token, base);
  visit.start();
  root.render(<VisitPage visit={visit} />);
}
