import { defineConfig } from 'vite';
import { officeAppConfig } from '../../vite.office-app';

// Relative asset paths: the page works under the office server's /visit/ and, later, under a prefix of
// the head office's service that proxies it (issue 18), without a rebuild.
export default defineConfig({ ...officeAppConfig('visit'), base: './' });
