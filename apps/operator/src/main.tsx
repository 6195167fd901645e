import '@queue/ui/theme.css';
import { createRoot } from 'react-dom/client';

// Placeholder until the operator screen is built (see the issues).
createRoot(document.getElementById('root')!).render(
  <main>
    <h1>operator</h1>
  </main>,
);
