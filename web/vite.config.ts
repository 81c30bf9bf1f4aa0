import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Vite build and dev-server settings for the Artel web app. */
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      // The shared schemas are consumed as source so the web never waits for a common/ build.
      '@artel/common': fileURLToPath(new URL('../common/src/index.ts', import.meta.url)),
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', ws: true, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 600,
  },
});
