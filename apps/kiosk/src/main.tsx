import '@queue/ui/theme.css';
import { createRoot } from 'react-dom/client';

// Placeholder until the kiosk screen is built (see the issues).
createRoot(document.getElementById('root')!).render(
  <main>
    <h1>kiosk</h1>
  </main>,
);
