import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { type UserConfig, defineConfig } from 'vite';
import { precompress } from './vite-precompress';

/**
 * One office UI (kiosk, operator, board, reports): served by the office server under `/<app>/`; in
 * development Vite proxies the server's API and sockets.
 */
export const officeAppConfig = (app: string): UserConfig =>
  defineConfig({
    base: `/${app}/`,
    plugins: [react(), precompress()],
    // One icon for every office UI (packages/ui/public/favicon.svg), so no page asks for a missing one.
    publicDir: resolve(import.meta.dirname, 'packages/ui/public'),
    build: { outDir: 'dist', emptyOutDir: true },
    server: {
      proxy: {
        '/socket.io': { target: 'http://localhost:8080', ws: true },
        '/api': 'http://localhost:8080',
      },
    },
  });
