import { mergeConfig } from 'vite';
import { officeAppConfig } from '../../vite.office-app';

// The office UIs' build, served by the head office's service under /central/; in development Vite
// sends the API to the head office's port (8090) instead of an office's.
export default mergeConfig(officeAppConfig('central'), {
  server: { proxy: { '/api': 'http://localhost:8090' } },
});
