import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the office server under /operator/; in development Vite proxies the server's API and sockets.
export default defineConfig({
  base: '/operator/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    proxy: {
      '/socket.io': { target: 'http://localhost:8080', ws: true },
      '/api': 'http://localhost:8080',
    },
  },
});
