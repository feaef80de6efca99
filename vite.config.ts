import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

// The web app lives in src/web and builds to dist/web, which the Fastify server serves.
export default defineConfig({
  root: path.join(here, 'src/web'),
  plugins: [react()],
  build: {
    outDir: path.join(here, 'dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    // Only the page code is lazy: keep the initial download small (see scripts/build-web.mjs).
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rolldownOptions: {
      treeshake: {
        // Designsystemet's React package has no "sideEffects" field, so every component behind its barrel
        // (Combobox with a virtualiser, Suggestion, Tabs …) would ship. Its modules only define
        // components; the real side effects (custom elements) live in @digdir/designsystemet-web, which
        // each used component still imports.
        moduleSideEffects: [
          { test: /node_modules[\\/]@digdir[\\/]designsystemet-react[\\/].*\.js$/, sideEffects: false },
        ],
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
