import '@queue/ui/theme.css';
import './operator.css';
import { setupI18n } from '@queue/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { savedLocale } from './locale-choice.js';
import { OperatorApp } from './operator-app.js';
import { OPERATOR_TEXTS } from './operator-texts.js';

await setupI18n(OPERATOR_TEXTS, savedLocale());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OperatorApp />
  </StrictMode>,
);
