import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the office server under /kiosk/; in development Vite proxies the server's API and sockets.
export default defineConfig({
  base: '/kiosk/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    proxy: {
      '/socket.io': { target: 'http://localhost:8080', ws: true },
      '/api': 'http://localhost:8080',
    },
  },
});
